import { describe, expect, it } from 'vitest';
import { showProgress } from '../../src/cli/show-progress.js';

/** A progress reporter on a fake clock that records what it writes. */
function watch(terminal: boolean) {
  let time = 0;
  const written: string[] = [];
  const progress = showProgress('merge', { terminal, now: () => time, write: (text) => void written.push(text) });
  return { progress, written, advance: (ms: number) => void (time += ms) };
}

describe('showProgress', () => {
  it('should print nothing for work that ends within the first interval', () => {
    for (const terminal of [true, false]) {
      const { progress, written, advance } = watch(terminal);
      for (let done = 1; done <= 20; done++) {
        advance(4);
        progress.tick(done, 20, `handbook/${done}.md`);
      }
      progress.end();
      expect(written).toEqual([]);
    }
  });

  it('should redraw one terminal line at most every 100 ms and clear it at the end', () => {
    const { progress, written, advance } = watch(true);
    for (let done = 1; done <= 100; done++) {
      advance(30);
      progress.tick(done, 100, `handbook/${done}.md`);
    }
    expect(written.length).toBeGreaterThan(20);
    expect(written.length).toBeLessThan(35);
    expect(written.every((text) => text.startsWith('\r\u001b[2Kmerge: '))).toBe(true);
    expect(written.at(-1)).toContain('merge: 100/100 files (100%), handbook/100.md');
    progress.end();
    expect(written.at(-1)).toBe('\r\u001b[2K');
  });

  it('should write a log line every 10 s in a CI log, and the last one', () => {
    const { progress, written, advance } = watch(false);
    for (let done = 1; done <= 250; done++) {
      advance(200);
      progress.tick(done, 250, `handbook/vol/${done}.md`);
    }
    progress.end();
    expect(written).toEqual([
      'merge: 50/250 files (20%), handbook/vol/50.md\n',
      'merge: 100/250 files (40%), handbook/vol/100.md\n',
      'merge: 150/250 files (60%), handbook/vol/150.md\n',
      'merge: 200/250 files (80%), handbook/vol/200.md\n',
      'merge: 250/250 files (100%), handbook/vol/250.md\n',
    ]);
  });
});
