import { closeSync, mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { replayOutput, teeOutput } from '../../src/cli/output-frames.js';

describe('output frames', () => {
  afterEach(() => vi.restoreAllMocks());

  it('should print a recorded output again on the stream each piece came from, in order', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'hl10n-frames-')), 'run.out');
    const printed: string[] = [];
    const capture = (name: string) => (chunk: string | Uint8Array) => {
      printed.push(`${name}:${typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')}`);
      return true;
    };
    vi.spyOn(process.stdout, 'write').mockImplementation(capture('out'));
    vi.spyOn(process.stderr, 'write').mockImplementation(capture('err'));
    const fd = openSync(file, 'w');
    const restore = teeOutput(fd);
    process.stdout.write('merge fr: 3/3 units translated; wrote 2 files\n');
    process.stderr.write('  rejected a.md:4 k: drops protected token "GGI-A-01"\n');
    process.stdout.write(Buffer.from('中文 ✓\n'));
    restore();
    closeSync(fd);
    const live = printed.splice(0);
    expect(live).toHaveLength(3);
    replayOutput(file, false);
    expect(printed.splice(0)).toEqual(live);
    replayOutput(file, true);
    expect(printed).toEqual([
      'out:merge fr: 3/3 units translated; nothing to write\n',
      'err:  rejected a.md:4 k: drops protected token "GGI-A-01"\n',
      'out:中文 ✓\n',
    ]);
  });
});
