/** The usage text. */
export const HELP = `Usage: handbook-l10n <command> [options]

Commands:
  extract   read handbook/, write locales/en/*.json and the staleness records
  merge     write build/md/<lang>/… (translated Markdown)
  pdf       write build/pdf/<book>-<lang>.pdf
  check     report missing, outdated and broken translations; exit 1 when a gate fails
  status    print progress per language and file; write build/status/<lang>.svg
  accept    --lang L [--key K,…]: accept outdated translations a reviewer approved unchanged
  tmx       export current and archived translations as build/tmx/<lang>.tmx
  build     merge, check (report only) and pdf for every language

Options:
  --root DIR        project folder (default: the current folder)
  --lang L[,L…]     limit to these languages (e.g. zh-Hant)
  --format F        check: text|json|junit|codequality|github; status: text|markdown|json
  --output FILE     check: write the report to FILE
  --force           build, pdf: render even when nothing changed;
                    extract, merge, check: run even when nothing changed since the last run
  -h, --help        show this help
  -v, --version     show the version
`;
