import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** Newest modification time of the files under `dir`. */
function newest(dir: string): number {
  let t = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs)
  }
  return t
}

/** Build dist/ once before the suite when it is missing or older than src/ (tests of the CLI and builds need it). */
export default function setup(): void {
  const root = join(import.meta.dirname, '..', '..')
  const dist = join(root, 'dist')
  const stale = !existsSync(join(dist, 'index.js')) || newest(join(root, 'src')) > newest(dist) || statSync(join(root, 'tsup.config.ts')).mtimeMs > newest(dist)
  if (stale) execFileSync('npx', ['tsup', '--silent'], { cwd: root, stdio: 'inherit' })
}
