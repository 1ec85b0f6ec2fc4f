import { AppFailure } from '../../shared/result';

/**
 * Reads a zip's central directory and refuses archives that would expand too far before any
 * decompression happens (a 184 KB .docx can expand to 61 MB of XML and exhaust the heap).
 * The worker's heap limit backs this up in case the directory lies about sizes.
 */

export const MAX_TOTAL_UNCOMPRESSED = 20 * 1024 * 1024;
export const MAX_RATIO = 100;
const MAX_ENTRIES = 5000;
// ratios of tiny entries mean nothing (an empty-ish XML part compresses 200:1)
const RATIO_FLOOR_BYTES = 1024 * 1024;

export interface ZipStats {
  entries: number;
  compressed: number;
  uncompressed: number;
}

function u16(b: Uint8Array, o: number): number {
  return (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, o: number): number {
  return (
    ((b[o] ?? 0) | ((b[o + 1] ?? 0) << 8) | ((b[o + 2] ?? 0) << 16)) + (b[o + 3] ?? 0) * 0x1000000
  );
}

const notZip = (): AppFailure =>
  new AppFailure('unsupported_input', '这不是有效的 Word 文档（.docx）');

export function zipStats(bytes: Uint8Array): ZipStats {
  if (bytes.length < 22 || u32(bytes, 0) !== 0x04034b50) throw notZip();
  // end of central directory: within the last 64 KB + 22 bytes (the comment is at most 64 KB)
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notZip();
  const count = u16(bytes, eocd + 10);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    throw new AppFailure('too_large', 'Word 文档过大（ZIP64 格式），无法导入');
  }
  if (count > MAX_ENTRIES) throw new AppFailure('too_large', 'Word 文档包含的部件过多，无法导入');
  let p = cdOffset;
  let compressed = 0;
  let uncompressed = 0;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw notZip();
    const csize = u32(bytes, p + 20);
    const usize = u32(bytes, p + 24);
    if (csize === 0xffffffff || usize === 0xffffffff) {
      throw new AppFailure('too_large', 'Word 文档过大（ZIP64 格式），无法导入');
    }
    compressed += csize;
    uncompressed += usize;
    p += 46 + u16(bytes, p + 28) + u16(bytes, p + 30) + u16(bytes, p + 32);
  }
  return { entries: count, compressed, uncompressed };
}

/** Throws 'too_large' for archives that expand beyond the limits. */
export function assertSafeZip(bytes: Uint8Array): ZipStats {
  const stats = zipStats(bytes);
  if (stats.uncompressed > MAX_TOTAL_UNCOMPRESSED) {
    throw new AppFailure(
      'too_large',
      `Word 文档解压后过大（${(stats.uncompressed / 1024 / 1024).toFixed(1)} MB，上限 ${MAX_TOTAL_UNCOMPRESSED / 1024 / 1024} MB），可能是恶意文件`,
    );
  }
  if (stats.uncompressed > RATIO_FLOOR_BYTES && stats.uncompressed > stats.compressed * MAX_RATIO) {
    throw new AppFailure('too_large', 'Word 文档压缩比异常（疑似压缩炸弹），拒绝导入');
  }
  return stats;
}
