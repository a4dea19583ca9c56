import { mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeChunks } from '../../src/store/write-chunks.js';
import { writeChunksAtomic } from '../../src/store/write-chunks-atomic.js';

let base = '';
beforeAll(async () => void (base = await mkdtemp(join(tmpdir(), 'handbook-l10n-chunks-'))));
afterAll(() => rm(base, { recursive: true, force: true }));
const makeDir = (): Promise<string> => mkdtemp(join(base, 'run-'));

/** 10,000 chunks of about 100 characters, counted as they are taken. */
function* lines(taken: { count: number }): Generator<string> {
  for (let i = 0; i < 10_000; i++) {
    taken.count = i + 1;
    yield `line ${i} ${'x'.repeat(90)} ✓\n`;
  }
}
const all = [...lines({ count: 0 })].join('');

describe('writeChunks', () => {
  it('should wait for a slow stream to drain instead of taking every chunk at once', async () => {
    const received: string[] = [];
    const taken = { count: 0 };
    let receivedLines = 0;
    let most = 0;
    const slow = new Writable({
      highWaterMark: 1024,
      decodeStrings: false,
      write(chunk: string, _encoding, done) {
        received.push(chunk);
        receivedLines += chunk.split('\n').length - 1;
        most = Math.max(most, taken.count - receivedLines);
        setTimeout(done, 1);
      },
    });
    await writeChunks(slow, lines(taken));
    expect(received.join('')).toBe(all);
    expect(received.length).toBeGreaterThan(10);
    // The generator never ran more than about one 64 KB batch ahead of what the stream took.
    expect(most).toBeLessThan(1_000);
  });

  it('should reject when the stream fails', async () => {
    const failing = new Writable({
      highWaterMark: 16,
      write(_chunk, _encoding, done) {
        done(new Error('disk full'));
      },
    });
    failing.on('error', () => undefined);
    await expect(writeChunks(failing, lines({ count: 0 }))).rejects.toThrow('disk full');
  });
});

describe('writeChunksAtomic', () => {
  it('should write the joined chunks and leave no temporary file', async () => {
    const dir = await makeDir();
    const path = join(dir, 'reports', 'check.json');
    expect(await writeChunksAtomic(path, lines({ count: 0 }))).toBe(true);
    expect(await readFile(path, 'utf8')).toBe(all);
    expect(await readdir(join(dir, 'reports'))).toEqual(['check.json']);
  });

  it('should leave an unchanged file alone, keeping its modification time', async () => {
    const dir = await makeDir();
    const path = join(dir, 'check.txt');
    await writeFile(path, all);
    const old = new Date('2020-01-01T00:00:00Z');
    await utimes(path, old, old);
    expect(await writeChunksAtomic(path, lines({ count: 0 }))).toBe(false);
    expect((await stat(path)).mtime.getTime()).toBe(old.getTime());
    expect(await writeChunksAtomic(path, ['changed\n'])).toBe(true);
    expect(await readFile(path, 'utf8')).toBe('changed\n');
    expect(await readdir(dir)).toEqual(['check.txt']);
  });

  it('should keep the old file and remove the temporary one when the chunks fail', async () => {
    const dir = await makeDir();
    const path = join(dir, 'check.txt');
    await writeFile(path, 'old\n');
    function* failing(): Generator<string> {
      yield 'x'.repeat(100_000);
      throw new Error('spool unreadable');
    }
    await expect(writeChunksAtomic(path, failing())).rejects.toThrow('spool unreadable');
    expect(await readFile(path, 'utf8')).toBe('old\n');
    expect(await readdir(dir)).toEqual(['check.txt']);
  });
});
