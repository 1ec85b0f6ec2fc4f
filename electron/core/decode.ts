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
  if (looksBinary(bytes)) {
    throw new AppFailure('unsupported_input', '这不是文本文件（含有二进制内容），无法分析');
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return assertUsable(utf8, 'utf-8');
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null) return assertUsable(gb, 'gb18030');
  throw new AppFailure('decode_error', '无法识别文件编码：既不是 UTF-8，也不是 GBK/GB18030');
}
