/**
 * The gate that applies where the configuration says nothing.
 */

import type { ResolvedGate } from './gates-schema.js';

/**
 * The default gate: every rule fails the build except work still to do.
 *
 * Invariant: names every rule id once; `minTranslated` 0 means no translation minimum.
 */
export const defaultGate: ResolvedGate = {
  rules: {
    missing: 'warning', // untranslated units fall back to English; translating takes time
    outdated: 'warning', // the English moved on; the old translation is still shown
    rejected: 'error', // a translation broke the Markdown structure and was not merged
    token: 'error', // a protected token (activity id, URL) was lost
    'glossary-required': 'error', // terminology drift across the handbook
    'glossary-forbidden': 'error', // a term the glossary rules out
    'simplified-in-traditional': 'error', // wrong script: readers see mixed characters
    'regional-term': 'error', // wrong region's vocabulary
    'glyph-missing': 'error', // the PDF would show tofu
    'locale-file': 'error', // a file Weblate or the tools cannot read
    'min-translated': 'error', // a language below its configured minimum
    'unknown-key': 'warning', // a translation of a key English no longer has; extract archives it
  },
  minTranslated: 0,
};
