import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The interpreter Debian's translate-toolkit is installed for (CI installs the same package). */
export const PYTHON = '/usr/bin/python3';

/** The judge script, next to this file. */
export const JUDGE = fileURLToPath(new URL('./judge_locales.py', import.meta.url));

/** What to do when translate-toolkit is missing: the tests fail with this, they never skip. */
export const INSTALL_HINT =
  "translate-toolkit is not importable by /usr/bin/python3: install Debian's translate-toolkit (apt-get install python3-translate translate-toolkit); CI installs it";

/** A locale file as translate-toolkit's I18NextV4File sees it (see judge_locales.py). */
export interface LocaleJudgement {
  file: string;
  lang: string;
  keys: number;
  units: number;
  identical: boolean;
  difference: { line: number; file: string | null; weblate: string | null } | null;
  pluralTaken: string[];
  idMismatches: Array<{ key: string; id: string }>;
  duplicateKeys: string[];
  bom: boolean;
  error: string | null;
  values?: Record<string, string>;
}

/** A TBX term as translate-toolkit's TBX storage sees it. */
export interface TermJudgement {
  id: string | null;
  source: string;
  target: string | null;
  administrativeStatus: Array<{ lang: string | null; value: string }>;
  forbidden: boolean;
  readOnly: boolean;
  readOnlyMarks: string[];
}

/** The judge's whole report. */
export interface Judgement {
  translateToolkit: string;
  root: string;
  ok: boolean;
  locales: LocaleJudgement[];
  glossaries: Array<{ file: string; terms: TermJudgement[]; forbidden: string[]; readOnly: string[]; error: string | null }>;
}

/**
 * Fail with an install hint unless /usr/bin/python3 can import translate-toolkit's storages.
 * @throws Error naming the package to install.
 */
export async function assertTranslateToolkit(): Promise<void> {
  try {
    await run(PYTHON, ['-c', 'import translate.storage.jsonl10n, translate.storage.tbx, translate.storage.tmx']);
  } catch (error) {
    throw new Error(`${INSTALL_HINT}\n${(error as Error).message}`, { cause: error });
  }
}

/**
 * Run the judge over a project root.
 * @param root Folder holding `locales/` and `glossary/`.
 * @param values Also report the text read for every unit.
 * @returns The parsed report.
 */
export async function runJudge(root: string, values = false): Promise<Judgement> {
  try {
    const { stdout } = await run(PYTHON, [JUDGE, ...(values ? ['--values'] : []), root], { maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(stdout) as Judgement;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 3) throw new Error(INSTALL_HINT, { cause: error });
    throw error;
  }
}

/**
 * Run a Python snippet with arguments and parse the JSON it prints.
 * @param code Python source; `sys.argv[1:]` holds `args`.
 * @param args Arguments.
 * @returns The parsed stdout.
 */
export async function runPythonJson<T>(code: string, args: readonly string[]): Promise<T> {
  const { stdout } = await run(PYTHON, ['-c', code, ...args], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as T;
}
