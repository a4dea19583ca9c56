/**
 * Summarize a V8 `.cpuprofile` (from `node --cpu-prof`): self and inclusive time per function.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

/** One function's share of a CPU profile. */
export interface ProfileRow {
  /** `name (file:line)`, the file relative to the working folder. */
  where: string;
  /** Milliseconds sampled in the function itself. */
  selfMs: number;
  /** Milliseconds sampled in the function or anything it called (recursion counted once). */
  totalMs: number;
}

interface CpuNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: CpuNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Read a CPU profile and rank its functions.
 * Invariant: pure apart from reading the file; rows are sorted by the chosen measure, descending.
 * @param file Path of the `.cpuprofile`.
 * @param by Sort by `self` or `total` time.
 * @returns The rows (all functions).
 */
export function summarizeProfile(file: string, by: 'self' | 'total' = 'self'): ProfileRow[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node] as const));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (node: CpuNode): string => {
    const { functionName, url, lineNumber } = node.callFrame;
    const path = url.startsWith('file://') ? relative(process.cwd(), new URL(url).pathname) : url;
    return `${functionName || '(anonymous)'} (${path || 'native'}:${lineNumber + 1})`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    const own = label(node);
    self.set(own, (self.get(own) ?? 0) + ms);
    const seen = new Set<string>();
    for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
      const frame = byId.get(current);
      if (!frame) break;
      const where = label(frame);
      if (seen.has(where)) continue;
      seen.add(where);
      total.set(where, (total.get(where) ?? 0) + ms);
    }
  });
  const rows = [...total.keys()].map((where) => ({ where, selfMs: self.get(where) ?? 0, totalMs: total.get(where) ?? 0 }));
  return rows.sort((a, b) => (by === 'self' ? b.selfMs - a.selfMs : b.totalMs - a.totalMs));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, by = 'self', count = '30'] = process.argv.slice(2);
  if (!file) throw new Error('usage: summarize-profile.ts FILE [self|total] [COUNT]');
  for (const row of summarizeProfile(file, by === 'total' ? 'total' : 'self').slice(0, Number(count))) {
    process.stdout.write(`${row.selfMs.toFixed(0).padStart(7)} ${row.totalMs.toFixed(0).padStart(7)}  ${row.where}\n`);
  }
}
