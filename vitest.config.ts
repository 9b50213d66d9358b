import { defineConfig } from 'vitest/config'

// Under CI (CI=true) vitest also writes a JSON report, from which .ci/run prints "N passed, N failed".
const ci = Boolean(process.env.CI)

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/build.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    reporters: ci ? ['default', 'json'] : ['default'],
    outputFile: ci ? { json: '.ci/vitest-report.json' } : undefined,
  },
})
