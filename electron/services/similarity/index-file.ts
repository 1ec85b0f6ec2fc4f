import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { K, W } from '../../core/similarity/fingerprint';
import type { OverlapIndex } from '../../core/similarity/overlap-index';
import { isNotFound, writeFileAtomic } from '../store/atomic-write';

/**
 * The overlap index on disk: a small JSON header, then the typed arrays as raw little-endian
 * bytes, so loading 30 million characters' worth is one read and a few views, not a parse.
 *
 *   "FSIX" | u32 header length | header JSON | zero padding to 4 | sections in SECTION order
 */
const MAGIC = 'FSIX';
/** Bump when the layout or the matching rules change: an old file is then rebuilt. */
export const INDEX_FORMAT = 1;

const header = z.object({
  format: z.number(),
  hash: z.string(),
  k: z.number(),
  w: z.number(),
  bits: z.number(),
  sources: z.array(
    z.object({ kind: z.enum(['corpus', 'imported']), file: z.string(), title: z.string() }),
  ),
  /** Element counts of each section, in write order. */
  lengths: z.array(z.number().int().nonnegative()),
});

type Header = z.infer<typeof header>;

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

const pad4 = (n: number): number => (4 - (n % 4)) % 4;

function sections(index: OverlapIndex): Array<Uint16Array | Uint32Array> {
  const textLengths = new Uint32Array(index.essayTexts.length);
  let units = 0;
  index.essayTexts.forEach((t, i) => {
    textLengths[i] = t.length;
    units += t.length;
  });
  const textUnits = new Uint16Array(units);
  let at = 0;
  for (const t of index.essayTexts) {
    for (let i = 0; i < t.length; i++) textUnits[at++] = t.charCodeAt(i);
  }
  return [
    index.texts.starts,
    index.table.bucketStart,
    index.table.hashes,
    index.table.positions,
    textLengths,
    index.texts.norm,
    textUnits,
  ];
}

const bytesOf = (a: Uint16Array | Uint32Array): Uint8Array =>
  new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** Writes the index for `hash` so that the file is whole or absent, never half written. */
export async function saveIndex(path: string, hash: string, index: OverlapIndex): Promise<void> {
  if (!littleEndian) return; // the raw layout is little-endian; elsewhere the index is rebuilt
  await mkdir(dirname(path), { recursive: true });
  const parts = sections(index);
  const head: Header = {
    format: INDEX_FORMAT,
    hash,
    k: K,
    w: W,
    bits: index.table.bits,
    sources: [...index.sources],
    lengths: parts.map((p) => p.length),
  };
  // written piece by piece: one buffer of the whole index would double its memory
  await writeFileAtomic(path, chunksOf(head, parts));
}

function* chunksOf(head: Header, parts: Array<Uint16Array | Uint32Array>): Iterable<Uint8Array> {
  const json = Buffer.from(JSON.stringify(head), 'utf8');
  const prefix = Buffer.alloc(8);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(json.length, 4);
  yield prefix;
  yield json;
  yield Buffer.alloc(pad4(8 + json.length));
  for (const p of parts) {
    yield bytesOf(p);
    yield Buffer.alloc(pad4(p.byteLength));
  }
}

/** The index saved for `hash`, or null when there is none, it is for other sources, or damaged. */
export async function loadIndex(path: string, hash: string): Promise<OverlapIndex | null> {
  if (!littleEndian) return null;
  let file: Buffer;
  try {
    file = await readFile(path);
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
  try {
    return parse(file, hash);
  } catch {
    return null; // a damaged cache is rebuilt, never reported: it holds nothing of the user's
  }
}

function parse(file: Buffer, hash: string): OverlapIndex | null {
  if (file.length < 8 || file.toString('latin1', 0, 4) !== MAGIC) return null;
  const jsonLength = file.readUInt32LE(4);
  const head = header.parse(JSON.parse(file.toString('utf8', 8, 8 + jsonLength)));
  if (head.format !== INDEX_FORMAT || head.hash !== hash || head.k !== K || head.w !== W) {
    return null;
  }
  // the views below need 4-byte alignment; a Buffer from the pool may not have it
  const bytes = file.byteOffset % 4 === 0 ? file : Buffer.from(file);
  let at = bytes.byteOffset + 8 + jsonLength + pad4(8 + jsonLength);
  let section = 0;
  const next = <T extends Uint16Array | Uint32Array>(
    make: (buffer: ArrayBufferLike, offset: number, length: number) => T,
    unit: number,
  ): T => {
    const n = head.lengths[section++] ?? 0;
    if (at + n * unit > bytes.byteOffset + bytes.length) throw new Error('short index file');
    const view = make(bytes.buffer, at, n);
    at += view.byteLength + pad4(view.byteLength);
    return view;
  };
  const u32 = () => next((b, o, n) => new Uint32Array(b, o, n), 4);
  const u16 = () => next((b, o, n) => new Uint16Array(b, o, n), 2);
  const starts = u32();
  const bucketStart = u32();
  const hashes = u32();
  const positions = u32();
  const textLengths = u32();
  const norm = u16();
  const textUnits = u16();
  if (textLengths.length !== head.sources.length || starts.length !== head.sources.length + 1) {
    return null;
  }
  const decoder = new TextDecoder('utf-16le');
  const essayTexts: string[] = [];
  let u = 0;
  for (const n of textLengths) {
    essayTexts.push(decoder.decode(textUnits.subarray(u, u + n)));
    u += n;
  }
  return {
    sources: head.sources,
    essayTexts,
    texts: { norm, starts },
    table: { bits: head.bits, bucketStart, hashes, positions },
  };
}
