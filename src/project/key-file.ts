import { UsageError } from '../cli/usage-error.js';
import { assignKeys } from '../keys/assign-keys.js';
import type { KeyedUnit } from '../keys/keyed-unit.js';
import { getLocalePath, toProjectPath } from '../store/project-paths.js';
import { readLocaleFile } from '../store/read-locale-file.js';
import type { FileCaches } from './open-caches.js';
import type { Project, SourceFile } from './read-project.js';
import { segmentSource } from './segment-source.js';

/** A source file with its units keyed as in the English catalog. */
export interface KeyedFile {
  /** The source file. */
  file: SourceFile;
  /** Units with their keys, in document order. */
  units: KeyedUnit[];
}

/**
 * Segment one source file and key its units against its English catalog, exactly as the
 * extract stage would.
 * Invariant: after `extract`, each unit's key and text equal the English catalog's entry.
 * @param project The project.
 * @param file The source file.
 * @param caches Caches of units and source structures by file content, if any.
 * @returns The keyed file.
 * @throws UsageError naming the file when it cannot be segmented or its catalog is invalid.
 */
export async function keyFile(project: Project, file: SourceFile, caches?: Pick<FileCaches, 'units' | 'structures'>): Promise<KeyedFile> {
  const enPath = getLocalePath(project.root, project.config.sourceLanguage, file.namespace);
  const english = await readLocaleFile(enPath, toProjectPath(project.root, enPath));
  try {
    return { file, units: assignKeys(segmentSource(file, project.config, caches), [...(english?.values ?? [])]) };
  } catch (error) {
    throw new UsageError(`${file.path}: cannot segment: ${(error as Error).message}`, { file: file.path }, { cause: error });
  }
}
