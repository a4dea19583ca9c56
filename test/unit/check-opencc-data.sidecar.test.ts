import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeOpenccData } from '../../src/check/compute-opencc-data.js';
import { getOpenccConverter } from '../../src/check/get-opencc-converter.js';
import { getOpenccVersion } from '../../src/check/get-opencc-version.js';
import { computeOpenccRegionalPhrases, getRegionalPhrases } from '../../src/check/get-regional-phrases.js';
import { computeScriptSets, getScriptSets } from '../../src/check/get-script-sets.js';
import { joinMembers, OPENCC_DATA_FILE, readOpenccDataFile, splitMembers, type OpenccData } from '../../src/check/opencc-data.js';
import { writeOpenccData } from '../../src/check/write-opencc-data.js';

const installed = (JSON.parse(readFileSync(new URL('../../node_modules/opencc-js/package.json', import.meta.url), 'utf8')) as { version: string }).version;
const regions = ['tw', 'hk', 'cn'] as const;
const setNames = ['simplifiedOnlyTw', 'simplifiedOnlyHk', 'traditionalOnly'] as const;

let dir: string;
let path: string;
let written: OpenccData | undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hl10n-opencc-'));
  path = writeOpenccData(dir) ?? '';
  written = readOpenccDataFile(path, installed);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('getOpenccVersion', () => {
  it('should read the installed opencc-js version', () => {
    expect(getOpenccVersion()).toBe(installed);
  });
});

describe('the OpenCC sidecar', () => {
  it('should be written beside the bundle under its fixed name, keyed by the installed version', () => {
    expect(path).toBe(join(dir, OPENCC_DATA_FILE));
    expect(written?.openccVersion).toBe(installed);
  });

  it('should hold exactly the script sets the check computes, in the same order', () => {
    const computed = computeScriptSets();
    const cached = getScriptSets();
    for (const name of setNames) {
      const stored = splitMembers(written?.scriptSets[name] ?? '');
      expect(stored, name).toEqual([...computed[name]]);
      expect(new Set(stored), name).toEqual(cached[name]);
    }
    expect(computed.simplifiedOnlyTw.has('们')).toBe(true);
    expect(computed.traditionalOnly.has('們')).toBe(true);
  });

  it('should hold exactly the OpenCC part of each region table, which the check extends', () => {
    for (const region of regions) {
      const entries = computeOpenccRegionalPhrases(region);
      expect(written?.regionalPhrases[region], region).toEqual(entries);
      const table = getRegionalPhrases(region, undefined);
      for (const [phrase] of entries.filter(([phrase]) => phrase.length > 3).slice(0, 50)) expect(table.has(phrase), phrase).toBe(true);
    }
    expect(written?.regionalPhrases.tw.length).toBeGreaterThan(100);
  });

  it('should round-trip through JSON unchanged', () => {
    expect(written).toEqual(computeOpenccData(installed));
  });

  it('should never be used for another opencc-js version, an unknown one, or when broken', () => {
    expect(readOpenccDataFile(path, '0.0.1')).toBeUndefined();
    expect(readOpenccDataFile(path, undefined)).toBeUndefined();
    expect(readOpenccDataFile(join(dir, 'absent.json'), installed)).toBeUndefined();
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"openccVersion":');
    expect(readOpenccDataFile(broken, installed)).toBeUndefined();
    writeFileSync(broken, JSON.stringify({ openccVersion: installed, scriptSets: {} }));
    expect(readOpenccDataFile(broken, installed)).toBeUndefined();
  });
});

describe('joinMembers and splitMembers', () => {
  it('should keep the members and their order, and refuse what they cannot keep', () => {
    for (const members of [[], ['们'], ['發', '𠮷', '髮'], ['ab', 'c']]) expect(splitMembers(joinMembers(members))).toEqual(members);
    expect(() => joinMembers(['a b'])).toThrow(/space/);
    expect(() => joinMembers([''])).toThrow(/empty/);
  });
});

describe('getOpenccConverter', () => {
  it('should build each pair once and convert in context', () => {
    const toTaiwan = getOpenccConverter('cn', 'tw');
    expect(getOpenccConverter('cn', 'tw')).toBe(toTaiwan);
    expect(getOpenccConverter('tw', 'cn')).not.toBe(toTaiwan);
    expect(toTaiwan('头发与发展')).toBe('頭髮與發展');
  });
});
