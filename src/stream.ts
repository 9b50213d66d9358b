/**
 * Streaming API, core-safe: no Node APIs, runs in browsers, Deno, Bun and workers.
 * Documents flow through one compiled pipeline, one document per item, in order.
 */
import type { CleanOptions, CleanResult } from './types.js'
import { createCleaner } from './pipeline.js'

/**
 * Clean a sequence of documents (sync or async iterable of strings) with one compiled pipeline,
 * yielding `{ text, messages, stats }` for each, in input order. Bad options throw on the first
 * pull; a non-string item throws a TypeError naming its index.
 * @example
 *   for await (const { text } of cleanStream(docs, { preset: 'conservative' })) out.push(text)
 */
export async function* cleanStream(
  source: Iterable<string> | AsyncIterable<string>,
  options?: CleanOptions,
): AsyncGenerator<CleanResult, void, undefined> {
  const cleaner = createCleaner(options)
  let index = 0
  for await (const doc of source) {
    if (typeof doc !== 'string') {
      throw new TypeError(`Unexpected ${doc === null ? 'null' : typeof doc} at index ${index} of the source, expected a string`)
    }
    yield cleaner.run(doc)
    index++
  }
}

/**
 * A Web Streams `TransformStream` that cleans each chunk as one whole document (chunks are
 * documents, not pieces of one). The pipeline is compiled once, when the transform is created,
 * so bad options throw here.
 * @example
 *   await readable.pipeThrough(createCleanTransform()).pipeTo(writable)
 */
export function createCleanTransform(options?: CleanOptions): TransformStream<string, string> {
  const cleaner = createCleaner(options)
  return new TransformStream<string, string>({
    transform(doc, controller) {
      if (typeof doc !== 'string') {
        throw new TypeError(`Unexpected chunk of type ${doc === null ? 'null' : typeof doc}, expected a string (one whole document)`)
      }
      controller.enqueue(cleaner.clean(doc))
    },
  })
}
