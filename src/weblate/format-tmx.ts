import { XMLBuilder } from 'fast-xml-parser';

/** One translation pair for the translation memory. */
export interface TmxEntry {
  /** The English text. */
  source: string;
  /** The translation. */
  target: string;
  /** The unit key it had in its locale file. */
  key: string;
  /** The namespace (locale file) it belongs to. */
  namespace: string;
  /** True when the key has left English and the pair comes from the archive. */
  archived: boolean;
}

/** What `formatTmx` needs. */
export interface TmxInput {
  /** Language of the sources (BCP 47 folder code), e.g. `en`. */
  sourceLang: string;
  /** Language of the targets (BCP 47 folder code), e.g. `zh-Hant`. */
  targetLang: string;
  /** The pairs, in the order they should appear. */
  entries: readonly TmxEntry[];
  /** Value of the header's `creationtoolversion`. Default `0.1.0`. */
  toolVersion?: string;
}

/** Characters XML 1.0 does not allow in a document (C0 controls other than tab, LF and CR). */
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
});

/**
 * Format translation pairs as a TMX 1.4 document that Weblate's `import_memory` and
 * translate-toolkit's TMX storage read.
 * Invariant: deterministic (no dates, no ids that change between runs): the same input gives the
 * same bytes. Pairs with an empty source or target and exact repeats are left out, so every
 * `<tu>` holds a usable pair; its first `<tuv>` is the source.
 * @param input Languages and pairs; see `TmxInput`.
 * @returns The TMX text, UTF-8, ending with a newline.
 */
export function formatTmx(input: TmxInput): string {
  const seen = new Set<string>();
  const units = [];
  for (const entry of input.entries) {
    if (entry.source === '' || entry.target === '') continue;
    const id = JSON.stringify([entry.namespace, entry.key, entry.source, entry.target, entry.archived]);
    if (seen.has(id)) continue;
    seen.add(id);
    units.push({
      prop: [
        { '@_type': 'x-key', '#text': clean(entry.key) },
        { '@_type': 'x-namespace', '#text': clean(entry.namespace) },
        { '@_type': 'x-archived', '#text': entry.archived ? 'true' : 'false' },
      ],
      tuv: [
        { '@_xml:lang': input.sourceLang, seg: clean(entry.source) },
        { '@_xml:lang': input.targetLang, seg: clean(entry.target) },
      ],
    });
  }
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    tmx: {
      '@_version': '1.4',
      header: {
        '@_creationtool': 'handbook-l10n',
        '@_creationtoolversion': input.toolVersion ?? '0.1.0',
        '@_segtype': 'paragraph',
        '@_o-tmf': 'handbook-l10n',
        '@_adminlang': 'en',
        '@_srclang': input.sourceLang,
        '@_datatype': 'plaintext',
      },
      body: units.length > 0 ? { tu: units } : '',
    },
  };
  const text: string = builder.build(document);
  return text.endsWith('\n') ? text : `${text}\n`;
}

function clean(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}
