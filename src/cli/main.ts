/**
 * The `unscrape` command (built to dist/cli.js). See docs/cli.md.
 */
import { parseCli, HELP, version } from './args.js'
import { run } from './run.js'
import { UsageError } from './inputs.js'
import { removeTemps } from './output.js'

function fail(message: string, code: number): never {
  removeTemps()
  process.stderr.write(`unscrape: ${message}\n`)
  process.exit(code)
}

// A closed stdout (`unscrape … | head`) ends the run quietly: nothing more can be delivered.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') { removeTemps(); process.exit(0) }
  fail(`Cannot write to stdout: ${e.code ?? e.message}`, 1)
})
process.stderr.on('error', () => { /* nowhere left to report */ })
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.on(signal, () => { removeTemps(); process.exit(code) })
}

async function main(): Promise<number> {
  const args = parseCli(process.argv.slice(2))
  if (args.help) { process.stdout.write(HELP + '\n'); return 0 }
  if (args.version) { process.stdout.write(version() + '\n'); return 0 }
  return run(args, { stdout: process.stdout, stderr: process.stderr, stdinIsTTY: Boolean(process.stdin.isTTY), env: process.env })
}

main().then(
  (code) => { process.exitCode = code },
  (e: unknown) => {
    if (e instanceof UsageError) fail(e.message, 2)
    if ((e as NodeJS.ErrnoException).code === 'EPIPE') { removeTemps(); process.exit(0) }
    const err = e as NodeJS.ErrnoException
    fail(err.code && err.path ? `Cannot read '${err.path}': ${err.code}` : err.message ?? String(e), 1)
  },
)
