// Preload for `node --import`: on exit, write this process's RSS high-water mark (KiB) and CPU
// time (µs, user + system) to $BENCH_RSS_FILE. Used by measure-command.ts where GNU time is not installed.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}\n`);
  });
}
