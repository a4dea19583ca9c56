import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/commands/index.js';
import { runExtract } from '../../src/commands/index.js';
import { runMerge } from '../../src/commands/index.js';
import { copySample } from '../support/temp-project.js';

describe('onFile progress of the stages', () => {
  it('should be called once per source file, in order, by extract, merge and check', async () => {
    const root = await copySample();
    const calls: Record<string, Array<[number, number, string]>> = { extract: [], merge: [], check: [] };
    const result = await runExtract(root, { onFile: (...call) => void calls.extract?.push(call) });
    await runMerge(root, { lang: ['fr'], onFile: (...call) => void calls.merge?.push(call) });
    await runCheck(root, { lang: ['fr'], onFile: (...call) => void calls.check?.push(call) });
    for (const name of ['extract', 'merge', 'check']) {
      const seen = calls[name] ?? [];
      expect(seen.map(([done]) => done), name).toEqual(seen.map((_call, index) => index + 1));
      expect(new Set(seen.map(([, total]) => total)), name).toEqual(new Set([result.files]));
      expect(new Set(seen.map(([, , file]) => file)).size, name).toBe(result.files);
    }
  });
});
