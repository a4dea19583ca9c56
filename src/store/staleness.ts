import { hashText } from './hash-text.js';

/** What the record holds for one language and key: hashes of the English text and of the translation as they were. */
export interface StateEntry {
  /** Hash of the English text the translation was made from. */
  source: string;
  /** Hash of the translation as it was then. */
  target: string;
}

/** Whether a translation is current, outdated, or not yet recorded. */
export type Staleness = 'current' | 'outdated' | 'new';

/**
 * Decide whether a translation is outdated (design §3): the English changed since the
 * translation was recorded and the translation did not.
 * Invariant: a translation a translator edited after the English change is current again.
 * @param entry The recorded entry, if any.
 * @param english The English text now.
 * @param translation The translation now.
 * @returns `outdated`, `current`, or `new` when nothing is recorded yet (counts as current).
 */
export function getStaleness(entry: StateEntry | undefined, english: string, translation: string): Staleness {
  if (!entry) return 'new';
  if (entry.target !== hashText(translation)) return 'current';
  return entry.source === hashText(english) ? 'current' : 'outdated';
}

/**
 * Bring one namespace's record up to date with the catalogs, keeping outdated entries as
 * they are so they stay outdated until the translation changes.
 * Invariant: pure; keys with no translation or no English text are dropped from the record.
 * A translation present while its English changes in this very run was made from the
 * previous English (translators only see English that extract has written), so it is
 * recorded against that previous text and stays outdated.
 * @param previous The recorded entries of the namespace.
 * @param english English catalog now (key → text).
 * @param translations Translation catalog (key → text).
 * @param before English catalog before this run (key → text); empty on a first run.
 * @returns The new entries, in English key order.
 */
export function updateNamespaceState(
  previous: Record<string, StateEntry> | undefined,
  english: ReadonlyMap<string, string>,
  translations: ReadonlyMap<string, string>,
  before: ReadonlyMap<string, string> = new Map(),
): Record<string, StateEntry> {
  const next: Record<string, StateEntry> = {};
  for (const [key, text] of english) {
    const translation = translations.get(key);
    if (translation === undefined || translation === '') continue;
    const entry = previous?.[key];
    const old = before.get(key);
    if (old !== undefined && old !== text) next[key] = { source: hashText(old), target: hashText(translation) };
    else if (getStaleness(entry, text, translation) === 'outdated' && entry) next[key] = entry;
    else next[key] = { source: hashText(text), target: hashText(translation) };
  }
  return next;
}
