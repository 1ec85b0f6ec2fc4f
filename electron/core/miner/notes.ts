import type { AnalysisNote, EssayAnalysis } from '../../shared/analysis';

/**
 * What the user should know about an analysis: why it gives no template, and whether the text
 * was decoded in the encoding it was written in. Chinese text is told apart from mis-decoded
 * bytes by its characters: written Chinese draws almost all of its characters from the 3,755 of
 * GB2312's first level, mojibake does not.
 */

/** Fewest headings an essay needs for a template (the generator's rule). */
const TEMPLATE_MIN_HEADINGS = 2;

export function templateNote(essays: readonly EssayAnalysis[]): AnalysisNote | null {
  const most = essays.reduce((m, e) => Math.max(m, e.headings.length), 0);
  if (most >= TEMPLATE_MIN_HEADINGS) return null;
  if (most === 0) {
    return { code: 'no_headings', message: '没有找到小标题,无法生成模板(至少需要两个小标题)' };
  }
  return { code: 'one_heading', message: '只找到一个小标题,至少需要两个才能生成模板' };
}

// GB2312 level 1 as characters, read once from the decoder every host has
let level1: Set<number> | null = null;
function commonChars(): Set<number> {
  if (level1) return level1;
  const set = new Set<number>();
  const decoder = new TextDecoder('gb18030');
  const pair = new Uint8Array(2);
  for (let lead = 0xb0; lead <= 0xd7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      pair[0] = lead;
      pair[1] = trail;
      const ch = decoder.decode(pair);
      if (ch.length === 1 && ch !== '\ufffd') set.add(ch.charCodeAt(0));
    }
  }
  level1 = set;
  return set;
}

const SAMPLE_CHARS = 20_000;
const MIN_HAN = 40;
const COMMON_SHARE = 0.8;
const LATIN_MOJIBAKE = /[ÃÂâæçèéåäöüïîêàá€ž™œ]/gu;
const ENCODING_LABEL: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  gb18030: 'GB18030(GBK)',
  docx: 'Word 文档',
};

/** A note when the decoded text does not read like the Chinese it should be. */
export function encodingNote(text: string, encoding: string | undefined): AnalysisNote | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const label = ENCODING_LABEL[encoding ?? ''] ?? encoding ?? '默认编码';
  const say = (what: string): AnalysisNote => ({
    code: 'suspect_encoding',
    message: `按 ${label} 解码,但看起来像${what},内容可能不完整或是乱码`,
  });
  const replaced = (sample.match(/\ufffd/gu) ?? []).length;
  if (replaced >= 3) return say(`用别的编码保存的文字(有 ${replaced} 个无法识别的字符)`);
  let han = 0;
  let common = 0;
  const set = commonChars();
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      han++;
      if (set.has(c)) common++;
    }
  }
  if (han < MIN_HAN) {
    const latin = (sample.match(LATIN_MOJIBAKE) ?? []).length;
    return latin >= MIN_HAN ? say('经西文(Latin-1)编码转存过的中文') : null;
  }
  if (common / han >= COMMON_SHARE) return null;
  const share = Math.round((common / han) * 100);
  return encoding === 'gb18030'
    ? say(`繁体(Big5)或其他编码的文字(常用字只占 ${share}%)`)
    : say(`繁体字或乱码(常用简体字只占 ${share}%)`);
}
