/**
 * Pseudo-translate a unit: visibly different text that keeps every protected run intact.
 */
import { createRandom, hashSeed } from './create-random.js';
import { splitProtected } from './split-protected.js';

/** Han characters written the same in Traditional and Simplified Chinese. */
const SHARED_HAN = [...'人大中上下小山水火木日月年工作用目的在是有我他和不可以文字本手心方法分公司主要其安全事物生活力行成功名明白天地正好多少'];

/** Script-specific Han characters, so each Chinese variant reads as its own script. */
const SCRIPT_HAN: Record<string, string[]> = {
  'zh-Hans': [...'们发开这软数说时个为'],
  'zh-Hant': [...'們發開這軟數說時個為'],
};

/** Vowel replacements of the Latin-script pseudo-languages. */
const ACCENTS: Record<string, Record<string, string>> = {
  de: { a: 'ä', o: 'ö', u: 'ü', A: 'Ä', O: 'Ö', U: 'Ü' },
  fr: { e: 'é', a: 'à', u: 'û', E: 'É' },
  es: { a: 'á', e: 'é', i: 'í', o: 'ó', n: 'ñ' },
  'pt-BR': { a: 'ã', o: 'õ', e: 'ê', c: 'ç' },
};

/** How a pseudo-translation treats a unit. */
export type PseudoOutcome = 'translated' | 'missing' | 'broken';

/**
 * Decide, from the key alone, whether a unit is translated, left out, or broken on purpose.
 * Invariant: deterministic per (language, namespace, key); about `missingRate` of units are
 * missing and 0.5 % are broken (a protected run dropped, so the merge guard rejects them).
 * @param lang Folder code.
 * @param id Namespace and key, e.g. `vol-01/51_activity_17#description-p3-7f2a`.
 * @param missingRate Share of units left untranslated, 0–1.
 * @returns The outcome.
 */
export function getPseudoOutcome(lang: string, id: string, missingRate: number): PseudoOutcome {
  const roll = (hashSeed(`${lang}\u0000${id}`) % 10_000) / 10_000;
  if (roll < missingRate) return 'missing';
  return roll > 0.995 ? 'broken' : 'translated';
}

/**
 * Pseudo-translate inline Markdown into a language.
 * Invariant: protected runs (inline code, link targets, footnote references, HTML, URLs,
 * activity ids) are kept byte for byte and in order; Markdown punctuation is kept, so no
 * block structure is introduced; the same input always gives the same output. With
 * `broken`, the first protected run is dropped instead (or the text is left as it is if it has none).
 * @param text The English unit text.
 * @param lang Folder code: `de`, `fr`, `es`, `pt-BR`, `zh-Hans`, `zh-Hant`; others get `de`'s rules.
 * @param broken Drop a protected run, to produce a translation the guard must reject.
 * @returns The pseudo-translation.
 */
export function pseudoTranslate(text: string, lang: string, broken = false): string {
  const random = createRandom(hashSeed(`${lang}\u0000${text}`));
  const runs = splitProtected(text);
  const dropped = broken ? runs.findIndex((run) => run.protected) : -1;
  const han = lang.startsWith('zh') ? [...SHARED_HAN, ...(SCRIPT_HAN[lang] ?? [])] : undefined;
  const accents = ACCENTS[lang] ?? ACCENTS.de ?? {};
  return runs
    .map((run, index) => {
      if (index === dropped) return '';
      if (run.protected) return run.text;
      if (han) return toHan(run.text, han, random.int.bind(random));
      return run.text.replace(/[A-Za-z]+/g, (word) => {
        const accented = [...word].map((char) => accents[char] ?? char).join('');
        return word.length > 6 && random.next() < 0.3 ? `${accented}${accented.slice(-2)}` : accented;
      });
    })
    .join('');
}

/** Replace words with Han characters, drop spaces between them, and use CJK punctuation. */
function toHan(text: string, han: readonly string[], int: (max: number) => number): string {
  const replaced = text.replace(/[A-Za-z]+/g, (word) => {
    const count = Math.max(1, Math.min(3, Math.round(word.length / 3)));
    return Array.from({ length: count }, () => han[int(han.length)] ?? '人').join('');
  });
  return replaced
    .replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1')
    .replace(/(\p{Script=Han})\.(?= |$)/gu, '$1。')
    .replace(/(\p{Script=Han}),(?= |$)/gu, '$1，')
    .replace(/([。，]) /g, '$1');
}
