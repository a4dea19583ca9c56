/**
 * List the direct children of a process (Linux `/proc`), to stop a measured command without
 * stopping the GNU time process that measures it.
 */
import { readFileSync, readdirSync } from 'node:fs';

/**
 * The pids whose parent is `pid`.
 * Invariant: reads `/proc` only; returns an empty list where `/proc` is unavailable.
 * @param pid Parent process id.
 * @returns Child process ids.
 */
export function getChildPids(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}
