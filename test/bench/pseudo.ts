/**
 * Deterministic pseudo-translations for the GGI workload and po4a's PO files: visibly
 * different text that keeps every protected run intact, the same on every run and platform.
 */

/**
 * What a translation must keep byte for byte: inline code, link and image targets, reference
 * labels, footnote references, HTML tags and autolinks, entities, bare URLs, activity ids,
 * `(EN)` markers, i18next-looking placeholders and backslash escapes.
 */
const PROTECTED = /(`+)[^`]*?\1(?!`)|\]\([^)]*\)|\]\[[^\]]*\]|\[\^[^\]\s]+\]|<[^>\n]+>|&#?[A-Za-z0-9]+;|https?:\/\/[^\s<>)\]]+|GGI-A-\d+|\(EN\)|\{\{[^}]*\}\}|\\./g;

/** Han characters shared by both scripts, then script-specific ones. */
const SHARED_HAN = [...'人大中上下小山水火木日月年工作用目的在是有我他和不可以文字本手心方法分公司主要其安全事物生活力行成功名明白天地正好多少'];
const SCRIPT_HAN: Record<string, string[]> = { 'zh-Hans': [...'们发开这软数说时个为'], 'zh-Hant': [...'們發開這軟數說時個為'] };

/** Vowel replacements of the Latin-script pseudo-languages (others use `de`'s). */
const ACCENTS: Record<string, Record<string, string>> = {
  de: { a: 'ä', o: 'ö', u: 'ü', A: 'Ä', O: 'Ö', U: 'Ü' },
  fr: { e: 'é', a: 'à', u: 'û', E: 'É' },
  es: { a: 'á', e: 'é', i: 'í', o: 'ó', n: 'ñ' },
  'pt-BR': { a: 'ã', o: 'õ', e: 'ê', c: 'ç' },
};

/** Share of units left untranslated per language, so coverage differs between languages. */
const MISSING_RATES: Record<string, number> = { de: 0.05, fr: 0.1, es: 0.15, 'pt-BR': 0.3, 'zh-Hans': 0.08, 'zh-Hant': 0.12 };

/** Hash a string to a 32-bit seed (FNV-1a). */
function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

/** A seeded generator (mulberry32) of floats in [0, 1). */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Whether a unit is translated, left out (`MISSING_RATES`) or broken on purpose (0.5 %, so
 * the merge guard has something to reject), from the language and the unit's id alone
 * (`namespace#key`, or `source#msgid` for po4a).
 */
export function getOutcome(lang: string, id: string): 'translated' | 'missing' | 'broken' {
  const roll = (hashSeed(`${lang}\u0000${id}`) % 10_000) / 10_000;
  if (roll < (MISSING_RATES[lang] ?? 0.1)) return 'missing';
  return roll > 0.995 ? 'broken' : 'translated';
}

/**
 * Pseudo-translate inline Markdown: accented vowels for Latin languages, Han characters and
 * CJK punctuation for Chinese. Protected runs and Markdown punctuation are kept, in order;
 * with `broken`, the first protected run is dropped, for a translation the guard must reject.
 */
export function pseudoTranslate(text: string, lang: string, broken = false): string {
  const random = createRandom(hashSeed(`${lang}\u0000${text}`));
  const han = lang.startsWith('zh') ? [...SHARED_HAN, ...(SCRIPT_HAN[lang] ?? [])] : undefined;
  const accents = ACCENTS[lang] ?? ACCENTS.de ?? {};
  const free = (run: string): string => {
    if (!han) {
      return run.replace(/[A-Za-z]+/g, (word) => {
        const accented = [...word].map((char) => accents[char] ?? char).join('');
        return word.length > 6 && random() < 0.3 ? `${accented}${accented.slice(-2)}` : accented;
      });
    }
    const count = (word: string): number => Math.max(1, Math.min(3, Math.round(word.length / 3)));
    return run
      .replace(/[A-Za-z]+/g, (word) => Array.from({ length: count(word) }, () => han[Math.floor(random() * han.length)] ?? '人').join(''))
      .replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1')
      .replace(/(\p{Script=Han})\.(?= |$)/gu, '$1。')
      .replace(/(\p{Script=Han}),(?= |$)/gu, '$1，')
      .replace(/([。，]) /g, '$1');
  };
  let out = '';
  let last = 0;
  let drop = broken;
  for (const match of text.matchAll(PROTECTED)) {
    out += free(text.slice(last, match.index)) + (drop ? '' : match[0]);
    drop = false;
    last = match.index + match[0].length;
  }
  return out + free(text.slice(last));
}
