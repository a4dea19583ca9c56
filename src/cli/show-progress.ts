/**
 * Progress of a long command, for the person watching it: on a terminal one line that updates
 * in place, in a CI log a line now and then. Written straight to stderr's file descriptor, so
 * it is never part of a command's recorded output (see run-memo.ts).
 */
import { writeSync } from 'node:fs';
import type { FileProgress } from '../commands/file-progress.js';

/** How often a terminal line is redrawn, and how often a log line is written, in ms. */
const TERMINAL_MS = 100;
const LOG_MS = 10_000;

/** A progress reporter: `tick` after each file, `end` when the work is over. */
export interface ShownProgress {
  /** Report a file done. */
  tick: FileProgress;
  /** Clear the terminal line, if one was drawn. */
  end(): void;
}

/**
 * Show the progress of a command over the source files.
 *
 * Invariant: prints nothing for work that ends within the first interval, and never on
 * stdout; on a terminal the line is cleared at the end.
 *
 * @param command The command's name, e.g. `merge`.
 * @param options `terminal`: whether stderr is a terminal (default: asked); `now`: the clock
 *   (ms); `write`: where the text goes (default: stderr's file descriptor).
 * @returns The reporter.
 */
export function showProgress(
  command: string,
  options: { terminal?: boolean; now?: () => number; write?: (text: string) => void } = {},
): ShownProgress {
  const terminal = options.terminal ?? process.stderr.isTTY === true;
  const now = options.now ?? (() => performance.now());
  const write = options.write ?? ((text: string) => void writeSync(2, text));
  const started = now();
  let last = started;
  let drawn = false;
  return {
    tick(done, total, file) {
      const time = now();
      const interval = terminal ? TERMINAL_MS : LOG_MS;
      if (time - last < interval && done < total) return;
      if (time - started < interval) return;
      last = time;
      const text = `${command}: ${done}/${total} files (${Math.round((done / total) * 100)}%), ${file}`;
      if (terminal) {
        write(`\r\u001b[2K${text.slice(0, (process.stderr.columns ?? 100) - 1)}`);
        drawn = true;
      } else write(`${text}\n`);
    },
    end() {
      if (drawn) write('\r\u001b[2K');
      drawn = false;
    },
  };
}
