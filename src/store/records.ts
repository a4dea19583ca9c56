/**
 * The tool's own records under `.l10n/`: the staleness record (hashes of the English text and
 * the translation each was made from, one file per namespace) and the archive of translations
 * whose keys left English.
 */
import { z } from 'zod';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { readJsonFile } from './files.js';
import { PROJECT_PATHS } from './paths.js';

/**
 * Hash a text for the staleness record: 12 hex digits of SHA-256 over its UTF-8 bytes. Equal
 * texts give equal hashes; the hash says nothing else about the text.
 * @param text Any text.
 * @returns The hash.
 */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);
}

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
 * translation was recorded and the translation did not. A translation a translator edited after the
 * English change is current again.
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
 * they are so they stay outdated until the translation changes. Pure; keys with no translation or
 * no English text are dropped from the record. A translation present while its English changes in
 * this very run was made from the previous English (translators only see English that extract has
 * written), so it is recorded against that previous text and stays outdated.
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

/** The staleness record of one namespace: language → key → entry. */
export type NamespaceState = Record<string, Record<string, StateEntry>>;

/**
 * Path of a namespace's staleness record, `.l10n/state/<namespace>.json`: one file per source
 * file, holding every language, so each command reads only the record of the file at hand.
 * @param root Project root.
 * @param namespace The namespace.
 * @returns Absolute path.
 */
export function getStatePath(root: string, namespace: string): string {
  return join(root, PROJECT_PATHS.state, `${namespace}.json`);
}

/**
 * Read a namespace's staleness record; a missing file is an empty record.
 * @param root Project root.
 * @param namespace The namespace.
 * @returns The record.
 * @throws UsageError naming the file when it is not valid JSON.
 */
export function readNamespaceState(root: string, namespace: string): Promise<NamespaceState> {
  return readJsonFile<NamespaceState>(getStatePath(root, namespace), `${PROJECT_PATHS.state}/${namespace}.json`, {}, {
    shape: z.record(z.string(), z.record(z.string(), z.object({ source: z.string(), target: z.string() }))),
    kind: 'staleness record',
    expected: 'language → key → { source, target } (extract writes it; delete the file to start it again)',
  });
}

/**
 * Serialise a namespace's record with languages in a stable (sorted) order and keys in
 * document order.
 * @param state The record.
 * @returns The file text, or `undefined` when the record is empty.
 */
export function formatNamespaceState(state: NamespaceState): string | undefined {
  const ordered: NamespaceState = {};
  for (const lang of Object.keys(state).sort()) {
    const entries = state[lang];
    if (entries && Object.keys(entries).length > 0) ordered[lang] = entries;
  }
  return Object.keys(ordered).length === 0 ? undefined : `${JSON.stringify(ordered, null, 2)}\n`;
}

/** One archived translation: its key left English, its text is kept for translation memory. */
export interface ArchiveEntry {
  /** Namespace the key belonged to. */
  namespace: string;
  /** The key it had. */
  key: string;
  /** The English text it translated. */
  source: string;
  /** The translation. */
  target: string;
}

/**
 * Add entries to a language's archive, skipping exact repeats. Pure; nothing already archived is
 * removed or reordered.
 * @param archive The current archive.
 * @param entries Entries to add.
 * @returns The new archive (a copy of the old one when nothing was added).
 */
export function addToArchive(archive: readonly ArchiveEntry[], entries: readonly ArchiveEntry[]): ArchiveEntry[] {
  const seen = new Set(archive.map(getArchiveId));
  const added = entries.filter((entry) => {
    const id = getArchiveId(entry);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return added.length === 0 ? [...archive] : [...archive, ...added];
}

/** What makes two archive entries the same. */
function getArchiveId(entry: ArchiveEntry): string {
  return JSON.stringify([entry.namespace, entry.key, entry.source, entry.target]);
}

/** The shape of an archive file, `.l10n/archive/<lang>.json`. */
export const ARCHIVE_SCHEMA = {
  shape: z.array(z.object({ namespace: z.string(), key: z.string(), source: z.string(), target: z.string() })),
  kind: 'archive',
  expected: 'an array of { namespace, key, source, target }',
};
