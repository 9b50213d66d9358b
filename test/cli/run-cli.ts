/** Spawn the built CLI. */
import { spawn } from 'node:child_process'
import { closeSync, openSync } from 'node:fs'
import { cliPath } from '../setup/build-cli.js'

export { cliPath }

export interface CliRun {
  code: number | null
  stdout: Buffer
  stderr: string
}

/** `stdinFile`: stdin redirected from that file (`unscrape < FILE`), not a pipe. */
export function runCli(args: readonly string[], options: { input?: string | Buffer; stdinFile?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const fd = options.stdinFile === undefined ? undefined : openSync(options.stdinFile, 'r')
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: [fd ?? 'pipe', 'pipe', 'pipe'],
    })
    if (fd !== undefined) closeSync(fd)
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout!.on('data', (c: Buffer) => out.push(c))
    child.stderr!.on('data', (c: Buffer) => err.push(c))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }))
    child.stdin?.on('error', () => { /* the CLI may exit before reading everything */ })
    child.stdin?.end(options.input ?? '')
  })
}
