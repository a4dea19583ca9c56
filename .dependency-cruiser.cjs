/**
 * The shape of src/, checked in `npm test` (test/unit/architecture.rules.test.ts):
 * no import cycles; a folder is a stage whose one public entry is its index.ts; arrows point
 * down (the command line on top, then the commands, the project, the stages; src/base at the bottom).
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'A cycle ties modules together so that neither can be read, tested or changed alone.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'only-through-the-entry',
      comment: "Another folder's private modules are its own business: import its index.ts.",
      severity: 'error',
      from: { path: '^src/([^/]+)/' },
      to: { path: '^src/[^/]+/', pathNot: ['^src/$1/', '^src/[^/]+/index\\.ts$'] },
    },
    {
      name: 'library-entry-only-through-entries',
      comment: 'The library (src/index.ts) re-exports folder entries, nothing private.',
      severity: 'error',
      from: { path: '^src/index\\.ts$' },
      to: { path: '^src/[^/]+/', pathNot: '^src/[^/]+/index\\.ts$' },
    },
    {
      name: 'command-line-picks-commands',
      comment: 'src/cli.ts loads one command module by name, and otherwise only folder entries.',
      severity: 'error',
      from: { path: '^src/cli\\.ts$' },
      to: { path: '^src/[^/]+/', pathNot: ['^src/[^/]+/index\\.ts$', '^src/commands/[a-z]+\\.ts$'] },
    },
    {
      name: 'arrows-point-down-from-the-command-line',
      comment: 'Nothing imports the command line.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/cli\\.ts$' },
    },
    {
      name: 'arrows-point-down-from-the-commands',
      comment: 'The stages, the project and the base never import a command.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/commands/', '^src/cli\\.ts$', '^src/index\\.ts$'] },
      to: { path: '^src/commands/' },
    },
    {
      name: 'arrows-point-down-from-the-project',
      comment: 'The stages work on what the project module hands them; they never read a project themselves.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/commands/', '^src/project/', '^src/cli\\.ts$', '^src/index\\.ts$'] },
      to: { path: '^src/project/' },
    },
    {
      name: 'base-is-the-bottom',
      comment: 'Errors and the shared vocabulary import nothing of the project.',
      severity: 'error',
      from: { path: '^src/base/' },
      to: { path: '^src/', pathNot: '^src/base/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: false,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^|/)(node_modules|build)/' },
  },
};
