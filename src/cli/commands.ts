import type { Command } from './command-options.js';

export type { Command, CommandOptions } from './command-options.js';
export { HELP } from './help.js';

/**
 * The commands by name. Each is loaded only when it runs, so commands that do not render
 * never load the browser or the PDF libraries.
 */
export const COMMANDS: Record<string, Command> = {
  extract: async (options) => (await import('./extract-command.js')).extractCommand(options),
  merge: async (options) => (await import('./merge-command.js')).mergeCommand(options),
  pdf: async (options) => (await import('./pdf-command.js')).pdfCommand(options),
  check: async (options) => (await import('./check-command.js')).checkCommand(options),
  status: async (options) => (await import('./status-command.js')).statusCommand(options),
  build: async (options) => (await import('./build-command.js')).buildCommand(options),
  accept: async (options) => (await import('./accept-command.js')).acceptCommand(options),
  tmx: async (options) => (await import('./tmx-command.js')).tmxCommand(options),
};
