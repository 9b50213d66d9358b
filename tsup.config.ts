import { defineConfig } from 'tsup'

export default defineConfig([
  // The library: dual ESM + CJS with declarations. Named exports only (no default export), so
  // the CJS build needs no interop shims. The core and `unscrape/unified` use no Node API.
  {
    entry: { index: 'src/index.ts', unified: 'src/unified.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: false, // npm run build empties dist/ first; the two builds run at once
    target: 'node20',
    platform: 'neutral',
    splitting: false,
  },
  // The CLI and its worker-thread entry (Node only, ESM, with a shebang).
  {
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    splitting: false,
    banner: { js: '#!/usr/bin/env node' },
  },
])
