/**
 * `unscrape --learn-templates FILE`: read the inputs (text files, or JSON Lines with --jsonl)
 * and write the site templates they share (src/templates.ts) as JSON. Records are read as a
 * stream; the learner keeps a bounded sample per site, so memory does not grow with the input.
 */
import type { CliArgs } from './args.js'
import { expandInputs } from './inputs.js'
import { BufferPool } from './buffers.js'
import { byteBatches, openInput, readDocument } from './read.js'
import { fileSink } from './output.js'
import { getPath, parsePath } from './json-path.js'
import { createTemplateLearner, siteOf } from '../templates.js'
import type { Env } from './run.js'

const MAX_PRINTED_ERRORS = 100

export async function runLearn(args: CliArgs, io: Env, exts: { jsonl: readonly string[]; text: readonly string[] }): Promise<number> {
  const target = args.learnTemplates!
  const inputs = expandInputs(args.inputs, args.jsonl ? exts.jsonl : exts.text)
  const learner = createTemplateLearner()
  let docs = 0
  let errors = 0
  let skipped = 0
  if (args.jsonl) {
    const field = parsePath(args.field)
    const site = args.siteField !== undefined ? parsePath(args.siteField) : undefined
    const pool = new BufferPool(4)
    for (const input of inputs) {
      for await (const batch of byteBatches(openInput(input, () => {}), 4096, 4 << 20, pool)) {
        const data = Buffer.from(batch.data.buffer, batch.data.byteOffset, batch.data.byteLength)
        for (let i = 0, pos = 0; pos < data.length; i++) {
          let nl = data.indexOf(10, pos)
          if (nl === -1) nl = data.length
          const line = data.toString('utf8', pos, nl)
          pos = nl + 1
          if (line.trim() === '') continue
          let reason: string | null = null
          let text: unknown
          let group: unknown = ''
          try {
            const record: unknown = JSON.parse(line)
            text = getPath(record, field)
            if (site) group = getPath(record, site)
          } catch (e) {
            reason = `malformed JSON (${(e as Error).message})`
          }
          if (reason === null && typeof text !== 'string') reason = `field '${args.field}' is ${text === undefined ? 'missing' : 'not a string'}`
          if (reason === null && typeof group !== 'string') reason = `field '${args.siteField}' is ${group === undefined ? 'missing' : 'not a string'}`
          if (reason !== null) {
            const where = `${input.name}:${batch.firstLine + i}`
            if (args.onError === 'fail') {
              io.stderr.write(`unscrape: ${where}: ${reason} (--on-error fail: stopped)\n`)
              return 1
            }
            if (errors++ < MAX_PRINTED_ERRORS) io.stderr.write(`unscrape: ${where}: ${reason} (not learned from)\n`)
            skipped++
            continue
          }
          learner.add(text as string, site ? siteOf(group as string) : '')
          docs++
        }
        pool.give(batch.data.buffer as ArrayBuffer)
      }
    }
  } else {
    for (const input of inputs) {
      learner.add(await readDocument(input, () => {}))
      docs++
    }
  }
  const templates = learner.templates()
  const sink = fileSink(target)
  try {
    await sink.write(JSON.stringify(templates, null, 1) + '\n')
    await sink.finish()
  } catch (e) {
    sink.abort()
    throw e
  }
  if (!args.quiet) {
    const groups = Object.values(templates.groups)
    const lines = groups.reduce((a, g) => a + Object.keys(g.lines).length, 0)
    io.stderr.write(`unscrape: learned ${lines.toLocaleString('en-US')} template lines of ${groups.length.toLocaleString('en-US')} site${groups.length === 1 ? '' : 's'} from ${docs.toLocaleString('en-US')} documents` +
      (skipped ? ` (${skipped.toLocaleString('en-US')} record${skipped === 1 ? '' : 's'} skipped)` : '') + `; wrote ${target}\n`)
  }
  return 0
}
