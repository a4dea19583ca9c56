/**
 * Write a PDF under the output folder, atomically.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';

/** Names that may appear in a PDF file name: a book name or a BCP 47 code. */
const safeName = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/**
 * Write `<outDir>/<book>-<lang>.pdf` through a temporary file and a rename.
 *
 * Invariant: the target is always directly inside `outDir`; a book or language name that
 * could leave it (`..`, `/`, `\`, a drive, an empty name) is refused before anything is
 * written; readers never see a half-written file.
 *
 * @param outDir Output folder; created if missing.
 * @param book Book name, e.g. `handbook`.
 * @param lang BCP 47 folder code, e.g. `zh-Hant`.
 * @param bytes The PDF.
 * @returns The absolute path written.
 */
export async function writePdfFile(outDir: string, book: string, lang: string, bytes: Uint8Array): Promise<string> {
  for (const [option, value] of [['book', book], ['lang', lang]] as const) {
    if (!safeName.test(value)) {
      throw new Error(`Invalid ${option} \`${value}\` for the PDF file name: expected letters, digits, \`-\` or \`_\``);
    }
  }
  const dir = resolve(outDir);
  const file = join(dir, `${book}-${lang}.pdf`);
  const rel = relative(dir, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.includes('/') || rel.includes('\\')) {
    throw new Error(`Refusing to write ${file}: outside the output folder ${dir}`);
  }
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${book}-${lang}.pdf.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw new Error(`Cannot write ${file}: ${String(error)}`, { cause: error });
  }
  return file;
}
