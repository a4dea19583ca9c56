import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Characters gathered before a write. */
const BATCH = 1 << 16;

/**
 * Write text chunks to a stream in batches of about 64 KB, waiting for `drain` whenever the
 * stream asks to, so that memory holds one batch and the stream's buffer, never the whole text.
 * Invariant: the stream receives the chunks joined, in order; it is not ended. Rejects when
 * the stream errs while draining or a chunk throws.
 * @param stream The stream (stdout, a file).
 * @param chunks The text.
 */
export async function writeChunks(stream: Writable, chunks: Iterable<string>): Promise<void> {
  let batch = '';
  const write = async (): Promise<void> => {
    const text = batch;
    batch = '';
    if (!stream.write(text)) await once(stream, 'drain');
  };
  for (const chunk of chunks) {
    batch += chunk;
    if (batch.length >= BATCH) await write();
  }
  if (batch.length > 0) await write();
}
