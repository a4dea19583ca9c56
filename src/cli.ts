#!/usr/bin/env node
/**
 * The `handbook-l10n` command line: parses flags, calls one library function per command,
 * prints for people and sets the exit code (0 ok, 1 a gate failed, 2 bad usage or input).
 */
import { parseArgs } from 'node:util';
import { UsageError } from './cli/usage-error.js';
import { COMMANDS, HELP } from './cli/commands.js';
import { MEMOIZED_COMMANDS, openRunMemo, type RunMemo } from './cli/run-memo.js';
import { limitHeapGrowth } from './cli/limit-heap-growth.js';
import { useColor } from './cli/use-color.js';
import type { CommandOptions } from './cli/command-options.js';

/** Failures that are the input's or the machine's, not the tool's: a message for people, exit 1, no stack. */
const EXPECTED_FAILURES = new Set(['GlyphMissingError', 'BrowserLaunchError']);

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        root: { type: 'string', default: '.' },
        lang: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
        force: { type: 'boolean', default: false },
        key: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`handbook-l10n: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    process.stdout.write('handbook-l10n 0.1.0\n');
    return 0;
  }
  const [name, ...rest] = positionals;
  if (values.help || !name) {
    process.stdout.write(HELP);
    return name || values.help ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`handbook-l10n: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  if (rest.length > 0) {
    process.stderr.write(`handbook-l10n ${name}: unexpected argument "${rest[0]}"\n`);
    return 2;
  }
  const lang = values.lang?.split(',').map((l) => l.trim()).filter(Boolean);
  const options: CommandOptions = {
    root: values.root,
    ...(lang ? { lang } : {}),
    ...(values.format ? { format: values.format } : {}),
    ...(values.output ? { output: values.output } : {}),
    force: values.force,
    ...(values.key ? { key: values.key.split(',').map((k) => k.trim()).filter(Boolean) } : {}),
  };
  let memo: RunMemo | undefined;
  try {
    if (MEMOIZED_COMMANDS.has(name) && !options.force) {
      const color = name === 'check' && useColor(options.output);
      memo = openRunMemo(name, options, color);
      const replayed = await memo.replay();
      if (replayed !== undefined) return replayed;
      memo.capture();
    }
    // The stages work a file at a time and keep little alive; collecting sooner keeps the
    // peak near that, whatever the size of the book (the rendering commands leave V8 alone).
    if (MEMOIZED_COMMANDS.has(name) || name === 'status') limitHeapGrowth(100);
    const code = await command(options);
    await memo?.finish(code);
    return code;
  } catch (error) {
    await memo?.finish(undefined);
    if (error instanceof UsageError) {
      process.stderr.write(`handbook-l10n ${name}: ${error.message}\n`);
      return 2;
    }
    if (error instanceof Error && EXPECTED_FAILURES.has(error.name)) {
      process.stderr.write(`handbook-l10n ${name}: ${error.message}\n`);
      return 1;
    }
    process.stderr.write(`handbook-l10n ${name}: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
