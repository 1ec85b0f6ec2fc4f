import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../electron/core/decode';

const ESSAY = '志愿服务心得体会\r\n一、在服务中学会倾听\r\n每周六上午,我们到敬老院陪老人聊天。\r\n';

const le = (s: string): Uint8Array => Buffer.from(s, 'utf16le');
const be = (s: string): Uint8Array => Buffer.from(s, 'utf16le').swap16();

describe('UTF-16 without a byte-order mark', () => {
  it.each([
    { name: 'little-endian with line breaks', input: le(ESSAY), encoding: 'utf-16le' },
    { name: 'big-endian with line breaks', input: be(ESSAY), encoding: 'utf-16be' },
    { name: 'little-endian, no ASCII at all', input: le('志愿服务让我成长'), encoding: 'utf-16le' },
    { name: 'big-endian, no ASCII at all', input: be('志愿服务让我成长'), encoding: 'utf-16be' },
  ])('$name is read as text', ({ input, encoding }) => {
    const decoded = decodeBytes(input);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text.replaceAll('\r\n', '\n')).toBe(
      new TextDecoder(encoding).decode(input).replaceAll('\r\n', '\n'),
    );
  });

  it.each([
    { name: 'UTF-8', input: Buffer.from(ESSAY), encoding: 'utf-8' },
    { name: 'GB18030', input: iconv.encode(ESSAY, 'gb18030'), encoding: 'gb18030' },
    { name: 'plain ASCII', input: Buffer.from('Volunteer notes\r\n'), encoding: 'utf-8' },
  ])('$name is still $encoding', ({ input, encoding }) => {
    expect(decodeBytes(input).encoding).toBe(encoding);
  });

  it.each([
    {
      name: 'a PNG header and noise',
      input: Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
        Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)),
      ]),
    },
    {
      name: '16-bit numbers',
      input: Buffer.from(Array.from({ length: 4000 }, (_, i) => (i % 2 === 0 ? i % 251 : 0))),
    },
  ])('$name is still refused as binary', ({ input }) => {
    expect(() => decodeBytes(input)).toThrow('二进制');
  });
});
