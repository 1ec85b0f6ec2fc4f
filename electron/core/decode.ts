import { AppFailure } from '../shared/result';

export interface Decoded {
  text: string;
  /** 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' */
  encoding: string;
}

/** Plain-text inputs above this size are refused: the 150 MB benchmark corpus must still pass. */
export const MAX_TEXT_BYTES = 200 * 1024 * 1024;

// Scanning the whole of a large file for NULs would cost a full pass; a prefix tells binary apart.
const SNIFF_BYTES = 64 * 1024;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Control characters other than tab, newline, form feed and carriage return: text files have
 * almost none, binary files (images, executables, archives) are full of them.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 0x1b) control++;
  }
  return n > 0 && control / n > 0.05;
}

/** Code units of Chinese text: ASCII, CJK punctuation and ideographs, full-width forms. */
const isChineseTextUnit = (u: number): boolean =>
  u === 9 ||
  u === 10 ||
  u === 13 ||
  (u >= 0x20 && u < 0x7f) ||
  (u >= 0x2000 && u <= 0x206f) ||
  (u >= 0x3000 && u <= 0x303f) ||
  (u >= 0x4e00 && u <= 0x9fff) ||
  (u >= 0xff00 && u <= 0xffef);

/** The share of the sample's 16-bit units that read as Chinese text in one byte order. */
function utf16Share(bytes: Uint8Array, n: number, littleEndian: boolean): number {
  let text = 0;
  for (let i = 0; i + 1 < n; i += 2) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    if (isChineseTextUnit(littleEndian ? a | (b << 8) : (a << 8) | b)) text++;
  }
  return text / Math.max(1, Math.floor(n / 2));
}

/**
 * UTF-16 saved without a byte-order mark (some Windows tools do). Read in the right byte order,
 * Chinese text is almost all ideographs, punctuation and ASCII; read in the wrong one, its line
 * breaks and punctuation turn into other scripts, and binary data fits neither.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  const le = utf16Share(bytes, n, true);
  const be = utf16Share(bytes, n, false);
  if (le >= 0.95 && le - be > 0.3) return 'utf-16le';
  if (be >= 0.95 && be - le > 0.3) return 'utf-16be';
  return null;
}

/** Strict UTF-16 of a byte order detected without a mark; null when it does not decode. */
function decodeUtf16WithoutBom(bytes: Uint8Array): Decoded | null {
  const label = utf16WithoutBom(bytes);
  const text = label ? tryDecode(label, bytes) : null;
  return label && text !== null ? assertUsable(text, label) : null;
}

function assertUsable(text: string, encoding: string): Decoded {
  if (text.trim().length === 0) {
    throw new AppFailure('unsupported_input', '文件没有可分析的文字内容');
  }
  return { text, encoding };
}

/**
 * Bytes → text. A BOM decides; otherwise strict UTF-8 first (GB18030 byte runs are almost never
 * valid UTF-8), then strict GB18030, which covers GBK and GB2312.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new AppFailure('unsupported_input', '文件是空的');
  if (bytes.length > MAX_TEXT_BYTES) {
    throw new AppFailure(
      'too_large',
      `文件过大（超过 ${MAX_TEXT_BYTES / 1024 / 1024} MB），无法分析`,
    );
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = tryDecode('utf-8', bytes.subarray(3));
    if (text === null)
      throw new AppFailure('decode_error', '文件声明为 UTF-8 编码，但内容不是有效的 UTF-8');
    return assertUsable(text, 'utf-8-bom');
  }
  for (const [bom, label] of [
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ] as const) {
    if (startsWith(bytes, bom)) {
      const body = bytes.subarray(2);
      const text = body.length % 2 === 0 ? tryDecode(label, body) : null;
      if (text === null) {
        throw new AppFailure('decode_error', '文件声明为 UTF-16 编码，但内容不是有效的 UTF-16');
      }
      return assertUsable(text, label);
    }
  }
  // NULs and control bytes mean binary, or UTF-16 without a mark: its ASCII and line breaks
  // have a zero byte, and many ideographs a byte below 0x20.
  if (looksBinary(bytes)) {
    const utf16 = decodeUtf16WithoutBom(bytes);
    if (utf16) return utf16;
    throw new AppFailure('unsupported_input', '这不是文本文件（含有二进制内容），无法分析');
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return assertUsable(utf8, 'utf-8');
  // Before GB18030, which accepts most byte pairs: UTF-16 text with no ASCII at all.
  const utf16 = decodeUtf16WithoutBom(bytes);
  if (utf16) return utf16;
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null) return assertUsable(gb, 'gb18030');
  throw new AppFailure('decode_error', '无法识别文件编码：既不是 UTF-8，也不是 GBK/GB18030');
}
