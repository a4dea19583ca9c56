#!/usr/bin/env node
/**
 * The `handbook-l10n` command line: parses flags, picks the command, prints for people and
 * sets the exit code (0 ok, 1 a gate failed, 2 bad usage or input).
 */
import { realpathSync, writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { EXPECTED_FAILURES, UsageError } from './base/index.js';
import type { Command, CommandOptions, CommandOutput } from './commands/index.js';
import { TOOL_VERSION } from './store/index.js';

/**
 * The commands by name, with the line the usage gives each. A command's module is loaded only
 * when it runs, so `extract` never loads the browser or the PDF libraries.
 */
const COMMANDS: Readonly<Record<string, { load: () => Promise<{ command: Command }>; usage: string }>> = {
  extract: { load: () => import('./commands/extract.js'), usage: 'read handbook/, write locales/en/*.json and the staleness records' },
  merge: { load: () => import('./commands/merge.js'), usage: 'write build/md/<lang>/… (translated Markdown)' },
  pdf: { load: () => import('./commands/pdf.js'), usage: 'write build/pdf/<book>-<lang>.pdf' },
  check: { load: () => import('./commands/check.js'), usage: 'report missing, outdated and broken translations; exit 1 when a gate fails' },
  status: { load: () => import('./commands/status.js'), usage: 'print progress per language and file; write build/status/<lang>.svg' },
  accept: { load: () => import('./commands/accept.js'), usage: '--lang L [--key K,…]: accept outdated translations a reviewer approved unchanged' },
  tmx: { load: () => import('./commands/tmx.js'), usage: 'export current and archived translations as build/tmx/<lang>.tmx' },
  build: { load: () => import('./commands/build.js'), usage: 'merge, check (report only) and pdf for every language' },
};

const HELP = `Usage: handbook-l10n <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, { usage }]) => `  ${name.padEnd(9)} ${usage}`)
  .join('\n')}

Options:
  --root DIR        project folder (default: the current folder)
  --lang L[,L…]     limit to these languages (e.g. zh-Hant)
  --format F        check: text|json|junit|codequality|github; status: text|markdown|json
  --output FILE     check: write the report to FILE
  --force           build, pdf: render even when nothing changed
  -h, --help        show this help
  -v, --version     show the version
`;

/** How often progress is redrawn on a terminal, and written to a CI log, in ms. */
const TERMINAL_MS = 100;
const LOG_MS = 10_000;

/**
 * Progress over the source files on stderr: on a terminal one line redrawn in place, in a log a
 * line every ten seconds; nothing for work that ends within the first interval.
 */
function showProgress(command: string): ReturnType<CommandOutput['progress']> {
  const terminal = process.stderr.isTTY === true;
  const interval = terminal ? TERMINAL_MS : LOG_MS;
  const write = (text: string): void => void writeSync(2, text);
  const started = performance.now();
  let last = started;
  let drawn = false;
  return {
    tick(done, total, file) {
      const now = performance.now();
      if ((now - last < interval && done < total) || now - started < interval) return;
      last = now;
      const text = `${command}: ${done}/${total} files (${Math.round((done / total) * 100)}%), ${file}`;
      if (!terminal) return write(`${text}\n`);
      write(`\r\u001b[2K${text.slice(0, (process.stderr.columns ?? 100) - 1)}`);
      drawn = true;
    },
    end() {
      if (drawn) write('\r\u001b[2K');
      drawn = false;
    },
  };
}

/** Where the command line writes: the process's own streams, or a test's. */
export interface CliStreams {
  /** Standard output. */
  stdout: { write(text: string): unknown; isTTY?: boolean | undefined };
  /** Standard error. */
  stderr: { write(text: string): unknown };
}

/**
 * Run the command line once.
 * @param argv The arguments after the program name.
 * @param streams Where to write; the process's own by default.
 * @returns The exit code.
 */
export async function main(argv: string[], streams: CliStreams = process): Promise<number> {
  const { stdout, stderr } = streams;
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
    stderr.write(`handbook-l10n: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    stdout.write(`handbook-l10n ${TOOL_VERSION}\n`);
    return 0;
  }
  const [name, ...rest] = positionals;
  if (values.help || !name) {
    stdout.write(HELP);
    return name || values.help ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    stderr.write(`handbook-l10n: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  if (rest.length > 0) {
    stderr.write(`handbook-l10n ${name}: unexpected argument "${rest[0]}"\n`);
    return 2;
  }
  const list = (text: string | undefined): string[] | undefined => text?.split(',').map((item) => item.trim()).filter(Boolean);
  const options: CommandOptions = { root: values.root, lang: list(values.lang), format: values.format, output: values.output, force: values.force, key: list(values.key) };
  const output: CommandOutput = {
    out: (text) => void stdout.write(text),
    err: (text) => void stderr.write(text),
    color: !values.output && stdout.isTTY === true && !process.env.NO_COLOR,
    progress: showProgress,
  };
  try {
    return await (await command.load()).command(options, output);
  } catch (error) {
    if (error instanceof UsageError || (error instanceof Error && EXPECTED_FAILURES.has(error.name))) {
      stderr.write(`handbook-l10n ${name}: ${error.message}\n`);
      return error instanceof UsageError ? 2 : 1;
    }
    // The last resort: a short reason for people; the stack only when asked for.
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const stack = process.env.HANDBOOK_L10N_DEBUG && error instanceof Error ? `\n${error.stack ?? ''}` : '';
    stderr.write(`handbook-l10n ${name}: internal error: ${reason} (please report it; HANDBOOK_L10N_DEBUG=1 shows where)${stack}\n`);
    return 2;
  }
}

// Run when this module is the program (`node src/cli.ts`); the installed binary calls `main` itself.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
