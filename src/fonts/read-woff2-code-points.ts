/**
 * Read the mapped code points of a WOFF2 font quickly, from its `cmap` table alone.
 */
import { brotliDecompressSync } from 'node:zlib';

/** WOFF2 known-table tags, by the index a table directory entry may use instead of a tag. */
const knownTags = (
  'cmap head hhea hmtx maxp name OS/2 post cvt  fpgm glyf loca prep CFF  VORG EBDT EBLC gasp hdmx kern LTSH PCLT VDMX ' +
  'vhea vmtx BASE GDEF GPOS GSUB EBSC JSTF MATH CBDT CBLC COLR CPAL SVG  sbix acnt avar bdat bloc bsln cvar fdsc feat ' +
  'fmtx fvar gvar hsty just lcar mort morx opbd prop trak Zapf Silf Glat Gloc Feat Sill'
).match(/.{4}\s?/g)?.map((tag) => tag.slice(0, 4)) ?? [];

/**
 * List the code points a single-font WOFF2 file maps to a glyph other than `.notdef`.
 *
 * Invariant: decompresses with Node's native Brotli and parses only `cmap` (formats 4 and
 * 12, Unicode subtables), so it is exact and about a hundred times faster than decoding the
 * whole font; returns undefined for anything else (a collection, no Unicode `cmap`), and the
 * caller then falls back to a full font parser.
 *
 * @param data The file's bytes.
 * @returns The code points, or undefined when this reader cannot tell.
 */
export function readWoff2CodePoints(data: Uint8Array): number[] | undefined {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (data.byteLength < 48 || view.getUint32(0) !== 0x774f4632 || view.getUint32(4) === 0x74746366) return undefined;
  const numTables = view.getUint16(12);
  let pos = 48;
  const readBase128 = (): number => {
    let value = 0;
    for (let i = 0; i < 5; i += 1) {
      const byte = view.getUint8(pos++);
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) return value;
    }
    throw new Error('Invalid UIntBase128 in WOFF2 table directory');
  };
  let streamOffset = 0;
  let cmap: { offset: number; length: number } | undefined;
  for (let index = 0; index < numTables; index += 1) {
    const flags = view.getUint8(pos++);
    let tag = knownTags[flags & 0x3f];
    if ((flags & 0x3f) === 0x3f) {
      tag = String.fromCharCode(...data.subarray(pos, pos + 4));
      pos += 4;
    }
    const origLength = readBase128();
    const version = flags >> 6;
    const transformed = tag === 'glyf' || tag === 'loca' ? version === 0 : version !== 0;
    const length = transformed ? readBase128() : origLength;
    if (tag === 'cmap') cmap = { offset: streamOffset, length };
    streamOffset += length;
  }
  if (cmap === undefined) return undefined;
  const compressedLength = view.getUint32(20);
  const stream = brotliDecompressSync(data.subarray(pos, pos + compressedLength));
  return readCmapCodePoints(new DataView(stream.buffer, stream.byteOffset + cmap.offset, cmap.length));
}

/** Code points of the best Unicode subtable of a `cmap` table. */
function readCmapCodePoints(cmap: DataView): number[] | undefined {
  const count = cmap.getUint16(2);
  let best: { offset: number; rank: number } | undefined;
  for (let i = 0; i < count; i += 1) {
    const platform = cmap.getUint16(4 + i * 8);
    const encoding = cmap.getUint16(6 + i * 8);
    const offset = cmap.getUint32(8 + i * 8);
    const format = cmap.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    const rank = !unicode ? 0 : format === 12 ? 2 : format === 4 ? 1 : 0;
    if (rank > 0 && (best === undefined || rank > best.rank)) best = { offset, rank };
  }
  if (best === undefined) return undefined;
  const base = best.offset;
  const codePoints: number[] = [];
  if (best.rank === 2) {
    const groups = cmap.getUint32(base + 12);
    for (let g = 0; g < groups; g += 1) {
      const start = cmap.getUint32(base + 16 + g * 12);
      const end = cmap.getUint32(base + 20 + g * 12);
      const glyph = cmap.getUint32(base + 24 + g * 12);
      for (let c = start; c <= end; c += 1) if (glyph + (c - start) !== 0) codePoints.push(c);
    }
    return codePoints;
  }
  const segments = cmap.getUint16(base + 6) / 2;
  const ends = base + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s += 1) {
    const end = cmap.getUint16(ends + s * 2);
    const start = cmap.getUint16(starts + s * 2);
    const delta = cmap.getInt16(deltas + s * 2);
    const rangeOffset = cmap.getUint16(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c += 1) {
      let glyph = (c + delta) & 0xffff;
      if (rangeOffset !== 0) {
        const at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
        const raw = at + 2 <= cmap.byteLength ? cmap.getUint16(at) : 0;
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) codePoints.push(c);
    }
  }
  return codePoints;
}
