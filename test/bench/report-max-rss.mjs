// Preload for `node --import`: on exit, write this process's RSS high-water mark (KiB) to
// $BENCH_RSS_FILE. Used by measure-command.ts where GNU time is not installed.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, `${process.resourceUsage().maxRSS}\n`));
