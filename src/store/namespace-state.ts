import { join } from 'node:path';
import { PROJECT_PATHS } from './project-paths.js';
import { readJsonFile } from './read-json-file.js';
import type { StateEntry } from './staleness.js';

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
  return readJsonFile<NamespaceState>(getStatePath(root, namespace), `${PROJECT_PATHS.state}/${namespace}.json`, {});
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
