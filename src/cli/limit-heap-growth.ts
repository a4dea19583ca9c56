import { setFlagsFromString } from 'node:v8';

/** The V8 flag that fixes how much the heap may grow past what a full collection kept. */
const FLAG = 'heap-growing-percent';

/**
 * Let V8 grow the heap by at most `percent` % over what its last full collection kept, instead
 * of its default of up to four times as much. A command whose live memory stays small (the
 * streamed check keeps about 50 MB, whatever the book's size) then peaks near that instead of
 * at hundreds of megabytes of garbage not yet collected; it costs only more frequent, cheap
 * collections.
 * Invariant: changes when V8 collects, never a result; process-wide, so call it only from a
 * command of the command line; a `--heap-growing-percent` given to Node (argument or
 * `NODE_OPTIONS`) is left alone.
 * @param percent The growth allowed, in percent (100: up to twice the live heap).
 */
export function limitHeapGrowth(percent: number): void {
  if ([...process.execArgv, process.env['NODE_OPTIONS'] ?? ''].some((option) => option.includes(FLAG))) return;
  setFlagsFromString(`--${FLAG}=${percent}`);
}
