/**
 * What every command receives and returns, and the table of commands by name.
 */

/** Parsed options every command receives. */
export interface CommandOptions {
  /** Project root (`--root`). */
  root: string;
  /** Languages (`--lang a,b`). */
  lang?: string[] | undefined;
  /** Report format (`--format`, check and status). */
  format?: string | undefined;
  /** Report file (`--output`, check). */
  output?: string | undefined;
  /** Render even when nothing changed (`--force`: build and pdf). */
  force: boolean;
  /** Unit keys (`--key a,b`, accept). */
  key?: string[] | undefined;
}

/** Called after each source file: how many are done, of how many, and which one it was. */
export type FileProgress = (done: number, total: number, file: string) => void;

/** Where a command says what happened. */
export interface CommandOutput {
  /** Write to standard output. */
  out(text: string): void;
  /** Write to standard error. */
  err(text: string): void;
  /** Whether the text report may be coloured (a terminal, no `NO_COLOR`, no `--output`). */
  color: boolean;
  /** Progress over the source files, for the person watching; `end` clears it. */
  progress(command: string): { tick: FileProgress; end(): void };
}

/** A command: runs, says what happened, and returns the exit code (0 ok, 1 a gate failed). */
export type Command = (options: CommandOptions, output: CommandOutput) => Promise<number>;

/** The `lang` option in the form the library functions take. */
export function pickLang(options: CommandOptions): { lang?: string[] } {
  return options.lang ? { lang: options.lang } : {};
}
