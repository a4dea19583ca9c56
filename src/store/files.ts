/**
 * Reading and writing the project's files: a text that may be absent, the tool's own JSON
 * records, and atomic writes that leave unchanged files alone.
 */
import type { ZodType } from 'zod';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../base/index.js';

/**
 * Read a UTF-8 text file that may be absent: only a missing file gives `undefined`; any other
 * error is thrown. Reads synchronously (small files, no thread-pool round trip).
 * @param path Absolute path.
 * @param label Project-relative path for messages.
 * @returns The text as written (a byte-order mark included, for the reader to judge), or
 *   `undefined` when the file does not exist.
 * @throws UsageError naming the file and line when it is not UTF-8.
 */
export async function readTextIfExists(path: string, label: string): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw describeFileError(error, label, 'read');
  }
  const { text, bom } = decodeUtf8(bytes, label);
  return bom ? `\uFEFF${text}` : text;
}

/**
 * Read a JSON file the tool itself owns (state record, archive, PDF input hashes), checked
 * against its schema at the edge; a missing file gives `fallback`.
 * @param path Absolute path.
 * @param label Project-relative path for messages.
 * @param fallback Value for a missing file.
 * @param schema What the file must hold, what it is called and what is expected, for the message.
 * @returns The parsed value.
 * @throws UsageError when the file is not valid JSON or not of its shape, naming where.
 */
export async function readJsonFile<T>(path: string, label: string, fallback: T, schema: { shape: ZodType<T>; kind: string; expected: string }): Promise<T> {
  const text = await readTextIfExists(path, label);
  if (text === undefined) return fallback;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${label}: not valid JSON: ${(error as Error).message}`, { file: label });
  }
  const parsed = schema.shape.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue ? `at ${issue.path.join('.') || 'the root'}: ${issue.message}` : 'unexpected content';
  throw new UsageError(`${label}: not a valid ${schema.kind} (${where}); expected ${schema.expected}`, { file: label });
}

/**
 * Write a file atomically (temporary file in the same folder, then rename), and not at all
 * when it already holds exactly this content. Readers see either the old or the new content, never
 * a partial file, and an unchanged file keeps its modification time. The work is synchronous (small
 * files, one after another: no thread-pool round trips); the promise is for callers' convenience.
 * @param path Absolute path.
 * @param content New content (string as UTF-8, or bytes).
 * @returns True when the file was written, false when it was already up to date.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<boolean> {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  try {
    const current = readFileSync(path);
    if (current.equals(bytes)) return false;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw describeFileError(error, path, 'write');
  }
  const temp = getTempPath(path);
  try {
    try {
      writeFileSync(temp, bytes);
    } catch (error) {
      // The folder is made only when it is missing: one system call less per file otherwise.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(temp, bytes);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw describeFileError(error, path, 'write');
  }
  return true;
}

/** What the system says when a file cannot be read or written, for people. */
const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a folder on its path is a file',
  EDQUOT: 'the disk quota is used up',
};

/**
 * Turn a file system error the user can fix into a `UsageError` naming the file and the
 * reason; any other error is returned as it is.
 */
function describeFileError(error: unknown, path: string, action: 'read' | 'write'): unknown {
  const reason = FILE_ERRORS[(error as NodeJS.ErrnoException).code ?? ''];
  return reason === undefined ? error : new UsageError(`cannot ${action} ${path}: ${reason}`, {}, { cause: error });
}

/**
 * The temporary file an atomic write of `path` goes through before its rename,
 * `<dir>/.<name>.<pid>.<random>.tmp`: in the same folder (so the rename is atomic), hidden, and
 * unique to this process and call.
 */
function getTempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decode a file as UTF-8, keeping a byte-order mark out of the text (so offsets are the text's
 * own) and saying whether there was one (merged files keep it).
 * @param bytes The file's bytes.
 * @param file Project-relative path, for messages.
 * @returns The text and whether it had a byte-order mark.
 * @throws UsageError naming the file and the line of the first byte that is not UTF-8.
 */
export function decodeUtf8(bytes: Buffer, file: string): { text: string; bom: boolean } {
  const bom = bytes.subarray(0, 3).equals(BOM);
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8.decode(body), bom };
  } catch {
    const at = findFirstInvalidByte(body);
    const line = body.subarray(0, at).filter((byte) => byte === 0x0a).length + 1;
    const hex = (body[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new UsageError(`${file}:${line}: not UTF-8 (byte 0x${hex}); save the file as UTF-8`, { file, line });
  }
}

/** The offset of the first byte of the first sequence that does not decode as UTF-8. */
function findFirstInvalidByte(bytes: Buffer): number {
  let low = 0;
  let high = bytes.length;
  // The longest prefix that decodes, but for a sequence cut at its end (found by bisection).
  while (low < high) {
    const middle = Math.floor((low + high + 1) / 2);
    if (isUtf8Prefix(bytes.subarray(0, middle))) low = middle;
    else high = middle - 1;
  }
  // That cut sequence, if any, is where the bad bytes start: back over continuation bytes to its lead byte.
  for (let start = low; start > Math.max(0, low - 4); start--) {
    const byte = bytes[start - 1] ?? 0;
    if (byte >= 0xc0) return start - 1;
    if (byte < 0x80) break;
  }
  return low;
}

function isUtf8Prefix(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}
