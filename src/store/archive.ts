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
 * Add entries to a language's archive, skipping exact repeats.
 * Invariant: pure; nothing already archived is removed or reordered.
 * @param archive The current archive.
 * @param entries Entries to add.
 * @returns The new archive (the same array when nothing was added).
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

function getArchiveId(entry: ArchiveEntry): string {
  return JSON.stringify([entry.namespace, entry.key, entry.source, entry.target]);
}
