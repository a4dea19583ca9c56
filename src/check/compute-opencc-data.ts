/**
 * Compute the check's OpenCC-derived data in the sidecar's form.
 */

import { computeOpenccRegionalPhrases } from './get-regional-phrases.js';
import { computeScriptSets } from './get-script-sets.js';
import { joinMembers, type OpenccData } from './opencc-data.js';

/**
 * Compute everything the sidecar holds from the installed opencc-js.
 *
 * Invariant: `getScriptSets` and `getRegionalPhrases` rebuild from the result exactly the
 * sets and base tables they would compute (same members, same order); slow, as it loads
 * every OpenCC dictionary.
 *
 * @param openccVersion The installed opencc-js version, recorded as the data's key.
 * @returns The data.
 */
export function computeOpenccData(openccVersion: string): OpenccData {
  const sets = computeScriptSets();
  return {
    openccVersion,
    scriptSets: {
      simplifiedOnlyTw: joinMembers(sets.simplifiedOnlyTw),
      simplifiedOnlyHk: joinMembers(sets.simplifiedOnlyHk),
      traditionalOnly: joinMembers(sets.traditionalOnly),
    },
    regionalPhrases: {
      tw: computeOpenccRegionalPhrases('tw'),
      hk: computeOpenccRegionalPhrases('hk'),
      cn: computeOpenccRegionalPhrases('cn'),
    },
  };
}
