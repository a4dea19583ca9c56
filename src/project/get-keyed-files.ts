import { keyFile, type KeyedFile } from './key-file.js';
import { openCaches } from './open-caches.js';
import type { Project } from './read-project.js';

export type { KeyedFile } from './key-file.js';

/**
 * Key every source file of the project (for the stages that need the whole book at once:
 * PDF, accept). Commands that can work a file at a time use `keyFile` instead.
 * @param project The project.
 * @returns The keyed files in book order.
 */
export async function getKeyedFiles(project: Project): Promise<KeyedFile[]> {
  const result: KeyedFile[] = [];
  for (const file of project.sources) {
    const caches = await openCaches(project, file);
    result.push(await keyFile(project, file, caches));
    await caches.save();
  }
  return result;
}
