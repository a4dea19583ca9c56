import { join } from 'node:path';
import { getLanguage } from '../config/languages.js';
import type { BookInput } from '../pdf/book-input.js';
import type { KeyedFile } from './get-keyed-files.js';
import type { MergedFile } from './merge-language.js';
import type { Project } from './read-project.js';

/**
 * Turn one language's merged files into the PDF stage's input: Markdown chapters in book
 * order and the merged metadata.
 * Invariant: chapter paths come from the handbook's own file list, never from translations.
 * @param project The project.
 * @param lang Folder code (the source language renders the handbook itself).
 * @param files Merged files of the language, or the keyed source files for the source language.
 * @returns The book input.
 */
export function getBookInput(project: Project, lang: string, files: ReadonlyArray<MergedFile | KeyedFile>): BookInput {
  const chapters: BookInput['chapters'] = [];
  let metadata: unknown = {};
  for (const entry of files) {
    const file = 'result' in entry ? entry.keyed.file : entry.file;
    const text = 'result' in entry ? entry.result.output : entry.file.text;
    if (file.kind === 'markdown') chapters.push({ path: file.relative, markdown: text });
    else if (file.relative === 'metadata.json' || Object.keys(metadata as object).length === 0) metadata = JSON.parse(text) as unknown;
  }
  return {
    lang,
    htmlLang: getLanguage(lang, project.config.sourceLanguage).html,
    metadata,
    chapters,
    assetsDir: join(project.root, project.config.handbookDir),
  };
}
