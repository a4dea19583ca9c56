import type { Unit } from '../extract/unit.js';
import type { GuardResult } from '../merge/guard-result.js';
import { getCodeHash } from '../store/get-code-hash.js';
import { hashText } from '../store/hash-text.js';
import { openRunCache, type RunCache } from '../store/run-cache.js';
import { getGuardOptionsFromConfig } from './get-guard-options-from-config.js';
import type { Project } from './read-project.js';
import type { UnitRuleFinding } from './check-language.js';

/** The caches commands share through `build/.cache/`. */
export interface ProjectCaches {
  /** Units of a source file, by hash of its text and options. */
  units: RunCache<Unit[]>;
  /** Guard verdicts, by hash of the unit's context and the translation. */
  verdicts: RunCache<GuardResult>;
  /** Hashes of merged outputs whose block structure was verified. */
  verified: RunCache<true>;
  /** Text-rule and glyph findings of a translated unit (see `checkLanguage`). */
  findings: RunCache<UnitRuleFinding[]>;
  /** Code points covered by a font stack, by hash of its files. */
  coverage: RunCache<number[]>;
  /** Save them all. */
  save(): Promise<void>;
}

/**
 * Open the shared caches of a project, versioned by the code that fills them and the options
 * that shape their results.
 * @param project The project.
 * @returns The caches.
 */
export async function openCaches(project: Project): Promise<ProjectCaches> {
  const guard = getGuardOptionsFromConfig(project.config);
  const options = hashText(JSON.stringify([String(guard.protect), String(guard.allowTargetChange), project.config.sourceLanguage]));
  const units = await openRunCache<Unit[]>(project.root, 'units', getCodeHash(['extract']));
  const verdicts = await openRunCache<GuardResult>(project.root, 'verdicts', `${getCodeHash(['extract', 'merge'])}-${options}`);
  const verified = await openRunCache<true>(project.root, 'verified', `${getCodeHash(['extract', 'merge'])}-${options}`);
  const findings = await openRunCache<UnitRuleFinding[]>(project.root, 'findings', getCodeHash(['check', 'fonts']));
  const coverage = await openRunCache<number[]>(project.root, 'coverage', getCodeHash(['fonts']));
  return {
    units,
    verdicts,
    verified,
    findings,
    coverage,
    save: async () => {
      await Promise.all([units.save(), verdicts.save(), verified.save(), findings.save(), coverage.save()]);
    },
  };
}
