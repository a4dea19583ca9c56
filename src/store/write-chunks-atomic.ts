import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { getTempPath } from './get-temp-path.js';
import { hasSameContent } from './has-same-content.js';
import { writeChunks } from './write-chunks.js';

/**
 * Write text chunks to a file atomically, as `writeFileAtomic` does a whole string: streamed
 * to a temporary file in the same folder, then renamed over the file, and not at all when the
 * file already holds exactly this text.
 * Invariant: readers see the old or the new content, never a partial file; an unchanged file
 * keeps its modification time; the temporary file never outlives the call.
 * @param path Absolute path.
 * @param chunks The text (UTF-8).
 * @returns True when the file was written, false when it was already up to date.
 */
export async function writeChunksAtomic(path: string, chunks: Iterable<string>): Promise<boolean> {
  await mkdir(dirname(path), { recursive: true });
  const temp = getTempPath(path);
  const stream = createWriteStream(temp, { flags: 'wx' });
  try {
    await writeChunks(stream, chunks);
    stream.end();
    await once(stream, 'close');
    if (await hasSameContent(temp, path)) {
      await rm(temp, { force: true });
      return false;
    }
    await rename(temp, path);
    return true;
  } catch (error) {
    stream.destroy();
    await rm(temp, { force: true });
    throw error;
  }
}
