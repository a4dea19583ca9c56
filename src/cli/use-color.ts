/**
 * Whether a report is printed in colour.
 * Invariant: only on a terminal, never into a file (`--output`), never with `NO_COLOR` set.
 * @param output The `--output` file, if any.
 * @returns True for colour.
 */
export function useColor(output?: string | undefined): boolean {
  return !output && process.stdout.isTTY === true && !process.env.NO_COLOR;
}
