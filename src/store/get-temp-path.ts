import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/**
 * The temporary file an atomic write of `path` goes through before its rename.
 * Invariant: in the same folder (so the rename is atomic), hidden, and unique to this process
 * and call.
 * @param path The file to write.
 * @returns `<dir>/.<name>.<pid>.<random>.tmp`.
 */
export function getTempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}
