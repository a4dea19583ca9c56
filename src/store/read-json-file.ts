import { readTextIfExists } from './read-text-if-exists.js';
import { UsageError } from '../base/index.js';

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
