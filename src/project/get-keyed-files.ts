import { relative } from 'node:path';
import type { KeyedUnit } from '../keys/keyed-unit.js';
import { assignKeys } from '../keys/assign-keys.js';
import { readLocaleFile } from '../store/read-locale-file.js';
import { getLocalePath } from '../store/project-paths.js';
import { UsageError } from '../cli/usage-error.js';
import type { Project, SourceFile } from './read-project.js';
import { segmentSource } from './segment-source.js';
import type { ProjectCaches } from './open-caches.js';

/** A source file with its units keyed as in the English catalog. */
export interface KeyedFile {
  /** The source file. */
  file: SourceFile;
  /** Units with their keys, in document order. */
  units: KeyedUnit[];
}

/**
 * Segment every source file and key its units against the English catalog, exactly as the
 * extract stage would.
 * Invariant: after `extract`, each unit's key and text equal the English catalog's entry.
 * @param project The project.
 * @param caches Shared caches (units are not parsed again when their file is unchanged).
 * @returns The keyed files in book order.
 */
export async function getKeyedFiles(project: Project, caches?: ProjectCaches): Promise<KeyedFile[]> {
  const result: KeyedFile[] = [];
  for (const file of project.sources) {
    const enPath = getLocalePath(project.root, project.config.sourceLanguage, file.namespace);
    const english = await readLocaleFile(enPath, relative(project.root, enPath).split('\\').join('/'));
    try {
      result.push({ file, units: assignKeys(segmentSource(file, project.config, caches?.units), [...(english?.values ?? [])]) });
    } catch (error) {
      throw new UsageError(`${file.path}: cannot segment: ${(error as Error).message}`, { file: file.path }, { cause: error });
    }
  }
  return result;
}
