import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../../electron/core/decode';
import { analyzeText } from '../../../../electron/core/miner';

/** Notes on an analysis: why a file gives no template, and text that was decoded wrongly. */

const body =
  '我们要把这项工作放在心上、抓在手上,一步一个脚印推进,确保取得实实在在的成效,让群众真正满意。';
const essay = [
  '社区志愿服务心得',
  '参加志愿服务一年来,我对社区工作有了新的认识。' + body,
  '练体能,就要日日坚持。' + body,
  '学技能,就要精益求精。' + body,
].join('\n');

function notesOf(bytes: Uint8Array): string[] {
  const { text, encoding } = decodeBytes(bytes);
  return (analyzeText('x.txt', text, encoding).notes ?? []).map((n) => `${n.code}: ${n.message}`);
}

describe('why a file gives no template', () => {
  it.each([
    { name: 'two headings make a template: no note', text: essay, notes: [] },
    {
      name: 'no headings',
      text: ['读书心得', '读书让我明白了很多道理。' + body, '让我们多读书。'].join('\n'),
      notes: ['no_headings: 没有找到小标题,无法生成模板(至少需要两个小标题)'],
    },
    {
      name: 'only one heading',
      text: ['讲话稿', '同志们,今天开会部署工作。' + body, '一、提高认识', body].join('\n'),
      notes: ['one_heading: 只找到一个小标题,至少需要两个才能生成模板'],
    },
  ])('$name', ({ text, notes }) => {
    expect(notesOf(new TextEncoder().encode(text))).toEqual(notes);
  });
});

describe('decoded as one encoding but looks like another', () => {
  it('UTF-8 text that was read as GBK and saved again', () => {
    const garbled = new TextDecoder('gb18030').decode(new TextEncoder().encode(essay));
    const notes = notesOf(new TextEncoder().encode(garbled));
    expect(notes[0]).toMatch(/^suspect_encoding: 按 UTF-8 解码,但看起来像.*(无法识别|乱码)/u);
  });

  it('a Big5 file, which only GB18030 accepts', () => {
    const big5 = iconv.encode(
      '社區志願服務心得\n參加志願服務一年來,我對社區工作有了新的認識。'.repeat(8),
      'big5',
    );
    expect(notesOf(new Uint8Array(big5))[0]).toMatch(
      /^suspect_encoding: 按 GB18030\(GBK\) 解码,但看起来像繁体\(Big5\)或其他编码的文字/u,
    );
  });

  it('Chinese saved through a Western encoding', () => {
    const latin = Buffer.from(new TextEncoder().encode(essay)).toString('latin1');
    expect(notesOf(new TextEncoder().encode(latin))[0]).toBe(
      'suspect_encoding: 按 UTF-8 解码,但看起来像经西文(Latin-1)编码转存过的中文,内容可能不完整或是乱码',
    );
  });

  it('GBK bytes of ordinary Chinese read back without a note on encoding', () => {
    const notes = notesOf(new Uint8Array(iconv.encode(essay, 'gbk')));
    expect(notes.filter((n) => n.startsWith('suspect_encoding'))).toEqual([]);
  });
});
