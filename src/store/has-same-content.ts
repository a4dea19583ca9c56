import { open, stat } from 'node:fs/promises';

/** Bytes compared at a time. */
const BLOCK = 1 << 16;

/**
 * Tell whether two files hold the same bytes, reading them a block at a time.
 * Invariant: reads only; a missing second file differs from any first file.
 * @param a A file that exists.
 * @param b Another file, which may not exist.
 * @returns True when both exist with equal content.
 */
export async function hasSameContent(a: string, b: string): Promise<boolean> {
  const sizes = await Promise.all([stat(a), stat(b).catch(() => undefined)]);
  if (sizes[1] === undefined || sizes[0].size !== sizes[1].size) return false;
  const [first, second] = await Promise.all([open(a), open(b)]);
  try {
    const left = Buffer.alloc(BLOCK);
    const right = Buffer.alloc(BLOCK);
    for (let position = 0; position < sizes[0].size; position += BLOCK) {
      const [one, two] = await Promise.all([first.read(left, 0, BLOCK, position), second.read(right, 0, BLOCK, position)]);
      if (one.bytesRead !== two.bytesRead || !left.subarray(0, one.bytesRead).equals(right.subarray(0, two.bytesRead))) return false;
    }
    return true;
  } finally {
    await Promise.all([first.close(), second.close()]);
  }
}
