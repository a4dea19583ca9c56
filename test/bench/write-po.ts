/**
 * Turn a POT file (as po4a writes it) into a PO file filled with synthetic translations.
 */

/** One POT entry: its comment lines, `msgctxt`/`msgid` lines as written, and the unescaped msgid. */
interface PotEntry {
  /** Comment and flag lines, and `msgctxt`/`msgid` lines, kept as written. */
  head: string[];
  /** The msgid, unescaped. */
  msgid: string;
}

/**
 * Fill a POT with translations and return the PO text.
 * Invariant: every entry of the POT appears once, in order, with its comments and msgid
 * unchanged; a `translate` result of `undefined` leaves the msgstr empty (untranslated).
 * @param pot The POT text.
 * @param lang Language code for the header.
 * @param translate Gives the translation of a msgid, or `undefined` to leave it out.
 * @returns The PO text.
 */
export function writePo(pot: string, lang: string, translate: (msgid: string) => string | undefined): string {
  const out: string[] = [];
  for (const entry of parsePot(pot)) {
    const head = entry.head.filter((line) => !line.startsWith('#, fuzzy') || entry.msgid !== '');
    if (entry.msgid === '') {
      out.push(head.join('\n'), formatString('msgstr', `Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nLanguage: ${lang}\nMIME-Version: 1.0\n`), '');
      continue;
    }
    out.push(head.join('\n'), formatString('msgstr', translate(entry.msgid) ?? ''), '');
  }
  return out.join('\n');
}

/** Split a POT into entries (blank-line separated), dropping its `msgstr` lines. */
function parsePot(pot: string): PotEntry[] {
  const entries: PotEntry[] = [];
  for (const block of pot.split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((line) => line !== '');
    const head: string[] = [];
    const msgid: string[] = [];
    let field = '';
    for (const line of lines) {
      const keyword = /^(msgctxt|msgid|msgstr)\s/.exec(line)?.[1];
      if (keyword) field = keyword;
      if (field === 'msgstr') continue;
      head.push(line);
      if (field === 'msgid') msgid.push(unquote(line.replace(/^msgid\s+/, '')));
    }
    if (msgid.length > 0) entries.push({ head, msgid: msgid.join('') });
  }
  return entries;
}

/** Unescape one quoted PO string. */
function unquote(quoted: string): string {
  const body = quoted.trim().replace(/^"|"$/g, '');
  return body.replace(/\\(.)/g, (_, char: string) => ({ n: '\n', t: '\t', r: '\r' })[char] ?? char);
}

/** Format a PO string field, split after each newline as gettext does. */
function formatString(keyword: string, value: string): string {
  const escape = (text: string): string => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\t/g, '\\t').replace(/\r/g, '\\r').replace(/\n/g, '\\n')}"`;
  const pieces = value.split(/(?<=\n)/).filter((piece) => piece !== '');
  if (pieces.length <= 1) return `${keyword} ${escape(value)}`;
  return [`${keyword} ""`, ...pieces.map(escape)].join('\n');
}
