/**
 * The commands, one module each (`src/commands/<name>.ts`): each runs its stage and says what
 * happened. This entry gives the library functions (`run…`), which do the work without printing.
 */
export type { Command, CommandOptions, CommandOutput, FileProgress } from './command.js';
export { runAccept } from './accept.js';
export { runCheck, type CheckResult } from './check.js';
export { runExtract, type ExtractResult } from './extract.js';
export { runMerge, type LanguageMerge } from './merge.js';
export { runPdf, type PdfResult } from './pdf.js';
export { runStatus } from './status.js';
export { runTmx } from './tmx.js';
