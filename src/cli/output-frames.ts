/**
 * A command's printed output, kept as frames so it can be printed again as it came: one byte
 * for the stream (1 stdout, 2 stderr), four for the length, then the bytes.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';

/**
 * Copy everything written to stdout and stderr into a file as frames: one byte for the
 * stream (1 or 2), four for the length, then the bytes.
 * @returns A function that restores the streams.
 */
export function teeOutput(fd: number): () => void {
  const streams = [process.stdout, process.stderr] as const;
  const originals = streams.map((stream) => stream.write);
  streams.forEach((stream, index) => {
    const original = originals[index] as typeof stream.write;
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : 'utf8') : Buffer.from(chunk);
      const header = Buffer.alloc(5);
      header.writeUInt8(index + 1, 0);
      header.writeUInt32BE(bytes.length, 1);
      writeSync(fd, header);
      writeSync(fd, bytes);
      return (original as (...args: unknown[]) => boolean).call(stream, chunk, ...rest);
    }) as typeof stream.write;
  });
  return () => streams.forEach((stream, index) => (stream.write = originals[index] as typeof stream.write));
}

/**
 * Print a recorded output, frame by frame, to the stream each frame came from.
 * @param file The frames.
 * @param nothingWritten Say "nothing to write" where the recorded run said what it wrote: the replay writes nothing.
 */
export function replayOutput(file: string, nothingWritten: boolean): void {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(5);
    while (readSync(fd, header, 0, 5, null) === 5) {
      const length = header.readUInt32BE(1);
      const bytes = Buffer.alloc(length);
      let read = 0;
      while (read < length) read += readSync(fd, bytes, read, length - read, null);
      const stream = header.readUInt8(0) === 2 ? process.stderr : process.stdout;
      stream.write(nothingWritten ? bytes.toString('utf8').replace(/; wrote \d+ files$/gmu, '; nothing to write') : bytes);
    }
  } finally {
    closeSync(fd);
  }
}
