/**
 * An error caused by bad usage or bad input (exit code 2): its message is for people and names
 * the file, line and key where it can.
 */
export class UsageError extends Error {
  /** Project-relative file the error is about, if any. */
  readonly file: string | undefined;
  /** 1-based line, if known. */
  readonly line: number | undefined;
  /** Unit key, if any. */
  readonly key: string | undefined;

  /**
   * @param message What failed, for people.
   * @param where File, line and key the error is about.
   * @param options Standard error options (`cause`).
   */
  constructor(message: string, where: { file?: string; line?: number; key?: string } = {}, options?: ErrorOptions) {
    super(message, options);
    this.name = 'UsageError';
    this.file = where.file;
    this.line = where.line;
    this.key = where.key;
  }
}
