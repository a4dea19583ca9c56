/**
 * Reading and writing the project's files: a text that may be absent, the tool's own JSON
 * records, and atomic writes that leave unchanged files alone.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../base/index.js';

/**
 * Read a UTF-8 text file that may be absent: only a missing file gives `undefined`; any other
 * error is thrown. Reads synchronously (small files, no thread-pool round trip).
 * @param path Absolute path.
 * @returns The text, or `undefined` when the file does not exist.
 */
export async function readTextIfExists(path: string): Promise<string | undefined> {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Read a JSON file the tool itself owns (state record, archive); a missing file gives `fallback`.
 * @param path Absolute path.
 * @param label Project-relative path for messages.
 * @param fallback Value for a missing file.
 * @returns The parsed value.
 * @throws UsageError when the file is not valid JSON.
 */
export async function readJsonFile<T>(path: string, label: string, fallback: T): Promise<T> {
  const text = await readTextIfExists(path);
  if (text === undefined) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new UsageError(`${label}: not valid JSON: ${(error as Error).message}`, { file: label });
  }
}

/**
 * Write a file atomically (temporary file in the same folder, then rename), and not at all
 * when it already holds exactly this content. Readers see either the old or the new content, never
 * a partial file, and an unchanged file keeps its modification time. The work is synchronous (small
 * files, one after another: no thread-pool round trips); the promise is for callers' convenience.
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

/**
 * The temporary file an atomic write of `path` goes through before its rename,
 * `<dir>/.<name>.<pid>.<random>.tmp`: in the same folder (so the rename is atomic), hidden, and
 * unique to this process and call.
 */
function getTempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}
