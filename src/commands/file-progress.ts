/**
 * How the stages that work a source file at a time report how far they are.
 */

/** Called after each source file: how many are done, of how many, and which one it was. */
export type FileProgress = (done: number, total: number, file: string) => void;
