import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../../electron/core/decode';
import { appFailure } from '../../support/app-failure';

const hex = (h: string): Uint8Array =>
  new Uint8Array((h.match(/../g) ?? []).map((b) => parseInt(b, 16)));
const utf16 = (s: string, le: boolean): Uint8Array => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + 2 * i] = le ? c & 0xff : c >> 8;
    out[3 + 2 * i] = le ? c >> 8 : c & 0xff;
  }
  return out;
};
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  const rows: Array<{ name: string; input: Uint8Array; text: string; encoding: string }> = [
    { name: 'UTF-8', input: utf8('读书使人明智。'), text: '读书使人明智。', encoding: 'utf-8' },
    {
      name: 'UTF-8 with BOM',
      input: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('乡村振兴')]),
      text: '乡村振兴',
      encoding: 'utf-8-bom',
    },
    {
      name: 'UTF-16 LE',
      input: utf16('教师培训心得', true),
      text: '教师培训心得',
      encoding: 'utf-16le',
    },
    {
      name: 'UTF-16 BE',
      input: utf16('教师培训心得', false),
      text: '教师培训心得',
      encoding: 'utf-16be',
    },
    {
      name: 'GBK sentence',
      input: hex('b0b2c8abc9fab2fad4f0c8ced6d8d3dacca9c9bda1a3'),
      text: '安全生产责任重于泰山。',
      encoding: 'gb18030',
    },
    {
      name: 'GBK headings on two lines',
      input: hex('d2bba1a2c7bfbbafb0b2c8abd2e2cab60ab6fea1a2c2e4cab5d6f7cce5d4f0c8ce'),
      text: '一、强化安全意识\n二、落实主体责任',
      encoding: 'gb18030',
    },
  ];
  it.each(rows)('$name', ({ input, text, encoding }) => {
    expect(decodeBytes(input)).toEqual({ text, encoding });
  });

  const bad: Array<{ name: string; input: Uint8Array; code: string }> = [
    { name: 'empty', input: new Uint8Array(0), code: 'unsupported_input' },
    { name: 'white space only', input: utf8(' \n\t\n'), code: 'unsupported_input' },
    {
      name: 'binary with NULs',
      input: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
      code: 'unsupported_input',
    },
    {
      name: 'neither UTF-8 nor GB18030',
      input: new Uint8Array([0x41, 0xff, 0x41, 0xfe]),
      code: 'decode_error',
    },
    { name: 'odd-length UTF-16', input: new Uint8Array([0xff, 0xfe, 0x41]), code: 'decode_error' },
  ];
  it.each(bad)('rejects $name with $code', async ({ input, code }) => {
    const err = await appFailure(() => decodeBytes(input));
    expect(err.code).toBe(code);
    expect(err.message).toMatch(/[\u4e00-\u9fff]/u);
  });
});
