import { readFile } from 'node:fs/promises';
import { UsageError } from '../cli/usage-error.js';

/**
 * Read a JSON file the tool itself owns (state record, archive); a missing file gives `fallback`.
 * @param path Absolute path.
 * @param label Project-relative path for messages.
 * @param fallback Value for a missing file.
 * @returns The parsed value.
 * @throws UsageError when the file is not valid JSON.
 */
export async function readJsonFile<T>(path: string, label: string, fallback: T): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
    throw error;
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new UsageError(`${label}: not valid JSON: ${(error as Error).message}`, { file: label });
  }
}
