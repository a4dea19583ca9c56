import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { getTempPath } from './get-temp-path.js';

/**
 * Write a file atomically (temporary file in the same folder, then rename), and not at all
 * when it already holds exactly this content.
 * Invariant: readers see either the old or the new content, never a partial file, and an
 * unchanged file keeps its modification time. The work is synchronous (small files, one
 * after another: no thread-pool round trips); the promise is for callers' convenience.
 * @param path Absolute path.
 * @param content New content (string as UTF-8, or bytes).
 * @returns True when the file was written, false when it was already up to date.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<boolean> {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  try {
    const current = readFileSync(path);
    if (current.equals(bytes)) return false;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const temp = getTempPath(path);
  try {
    try {
      writeFileSync(temp, bytes);
    } catch (error) {
      // The folder is made only when it is missing: one system call less per file otherwise.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(temp, bytes);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return true;
}
