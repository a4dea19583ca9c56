import { makeWorkload } from './make-workload.js';
import { runPo4a } from './run-po4a.js';
const paths = { repo: '/work/main', benchDir: '/work/main/build/bench', cli: '/work/main/build/lib/cli.js', corpus: '/work/shared/corpus/ggi-v1.3/content' };
for (const [name, copies] of [['sample', 0], ['ggi', 1]] as const) {
  const w = await makeWorkload({ name, kind: name === 'sample' ? 'sample' : 'ggi', copies, runs: 1, po4a: true }, paths, (m) => console.error(m));
  const r = await runPo4a(w, paths.benchDir, (m) => console.error(m));
  console.log(name, JSON.stringify(r));
}
