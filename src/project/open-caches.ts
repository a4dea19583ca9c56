import { createHash } from 'node:crypto';
import type { Unit } from '../extract/unit.js';
import type { GuardResult } from '../merge/guard-result.js';
import type { SourceStructure } from '../merge/source-structure.js';
import { getCodeHash } from '../store/get-code-hash.js';
import { hashText } from '../store/hash-text.js';
import { openRunCache, type RunCache } from '../store/run-cache.js';
import type { UnitRuleFinding } from './check-file.js';
import { getGuardOptionsFromConfig } from './get-guard-options-from-config.js';
import type { Project, SourceFile } from './read-project.js';

/** The caches one source file's work is kept in, shared by the commands through `build/.cache/`. */
export interface FileCaches {
  /** Units of the file, by hash of its text and options. */
  units: RunCache<Unit[]>;
  /** The file's structure for the merge, by `getStructureKey` (extract fills it while it segments). */
  structures: RunCache<SourceStructure>;
  /** Guard verdicts, by hash of a unit's context and a translation. */
  verdicts: RunCache<GuardResult>;
  /** Hashes of merged outputs whose block structure was verified. */
  verified: RunCache<true>;
  /** Text-rule and glyph findings of a translated unit (see `checkFile`). */
  findings: RunCache<UnitRuleFinding[]>;
  /** Save them all. */
  save(): Promise<void>;
}

/**
 * Open the caches of one source file (`build/.cache/<kind>/<file hash>.json`), versioned by the
 * code that fills them and the options that shape their results. One file's caches are in
 * memory at a time, so memory does not grow with the book.
 * @param project The project.
 * @param file The source file.
 * @returns The caches.
 */
export async function openCaches(project: Project, file: SourceFile): Promise<FileCaches> {
  const guard = getGuardOptionsFromConfig(project.config);
  const options = hashText(JSON.stringify([String(guard.protect), String(guard.allowTargetChange), project.config.sourceLanguage]));
  const shard = createHash('sha256').update(file.path).digest('hex').slice(0, 16);
  const open = <T>(kind: string, version: string): Promise<RunCache<T>> => openRunCache<T>(project.root, `${kind}/${shard}`, version);
  const units = await open<Unit[]>('units', getCodeHash(['extract']));
  const structures = await open<SourceStructure>('structures', getCodeHash(['extract', 'merge']));
  const verdicts = await open<GuardResult>('verdicts', `${getCodeHash(['extract', 'merge'])}-${options}`);
  const verified = await open<true>('verified', `${getCodeHash(['extract', 'merge'])}-${options}`);
  const findings = await open<UnitRuleFinding[]>('findings', getCodeHash(['check', 'fonts']));
  return {
    units,
    structures,
    verdicts,
    verified,
    findings,
    save: async () => {
      await Promise.all([units.save(), structures.save(), verdicts.save(), verified.save(), findings.save()]);
    },
  };
}

/**
 * Open the cache of font coverage (code points by hash of a stack's files), shared by all files.
 * @param project The project.
 * @returns The cache.
 */
export function openCoverageCache(project: Project): Promise<RunCache<number[]>> {
  return openRunCache<number[]>(project.root, 'coverage', getCodeHash(['fonts']));
}
