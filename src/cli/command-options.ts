/**
 * What every command of the command line receives and returns.
 */
/** Parsed options every command receives. */
export interface CommandOptions {
  /** Project root (`--root`). */
  root: string;
  /** Languages (`--lang a,b`). */
  lang?: string[];
  /** Report format (`--format`, check and status). */
  format?: string;
  /** Report file (`--output`, check). */
  output?: string;
  /** Redo the work even when nothing changed (`--force`: build and pdf render, extract, merge and check skip their run memo). */
  force: boolean;
  /** Unit keys (`--key a,b`, accept). */
  key?: string[];
}

/** A command: prints for people and returns the exit code. */
export type Command = (options: CommandOptions) => Promise<number>;
