import { defineConfig } from 'tsup'

// Library entries: dual ESM + CJS with declarations. Named exports only (no default export), so
// the CJS build needs no interop shims.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', unified: 'src/unified.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: true,
    target: 'node20',
    platform: 'neutral',
    splitting: false,
  },
])
