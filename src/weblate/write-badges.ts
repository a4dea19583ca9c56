import { join, resolve } from 'node:path';
import { UsageError } from '../base/index.js';
import { isLanguageCode } from '../config/index.js';
import { PROJECT_PATHS } from '../store/index.js';
import { writeFileAtomic } from '../store/index.js';
import { formatBadge } from './format-badge.js';
import type { LanguageStatus } from './language-status.js';

/** One badge written (or left alone because it was up to date). */
export interface BadgeResult {
  /** Language folder code. */
  lang: string;
  /** Project-relative path, e.g. `build/status/zh-Hant.svg`. */
  file: string;
  /** False when the file already held exactly this badge. */
  written: boolean;
}

/**
 * Write one SVG progress badge per language to `build/status/<lang>.svg`.
 * Invariant: every language code is checked before the first write, so a bad code (such as
 * `../x`) writes nothing and can never name a path outside `build/status/`; each file is
 * written atomically and only when it changed.
 * @param rootDir Project root.
 * @param statuses One status per language (its `lang` and `percent` are used).
 * @returns One result per language, in the given order.
 * @throws UsageError for a language code that is not a BCP 47 folder code.
 */
export async function writeBadges(rootDir: string, statuses: readonly LanguageStatus[]): Promise<BadgeResult[]> {
  for (const status of statuses) {
    if (!isLanguageCode(status.lang)) {
      throw new UsageError(`status badge: "${status.lang}" is not a BCP 47 folder code such as de, pt-BR or zh-Hant`);
    }
  }
  const root = resolve(rootDir);
  const results: BadgeResult[] = [];
  for (const status of statuses) {
    const file = `${PROJECT_PATHS.build}/status/${status.lang}.svg`;
    const written = await writeFileAtomic(join(root, file), formatBadge(status.lang, status.percent));
    results.push({ lang: status.lang, file, written });
  }
  return results;
}
