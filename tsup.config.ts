import { defineConfig, type Options } from 'tsup'

/**
 * The subpath and the CLI import the core from the package itself ('unscrape', resolved through
 * its own exports map) instead of bundling a second copy of it.
 */
export const coreFromPackage: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'core-from-package',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/pipeline\.js$/ }, () => ({ path: 'unscrape', external: true }))
  },
}

export default defineConfig([
  // The library: dual ESM + CJS with declarations. Named exports only (no default export), so
  // the CJS build needs no interop shims. The core and `unscrape/unified` use no Node API.
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: false, // npm run build empties dist/ first; the builds run at once
    target: 'node20',
    platform: 'neutral',
    splitting: false,
  },
  // unscrape/unified: the core comes from the package, not a second bundled copy.
  {
    entry: { unified: 'src/unified.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'neutral',
    splitting: false,
    esbuildPlugins: [coreFromPackage],
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
    esbuildPlugins: [coreFromPackage],
  },
])
