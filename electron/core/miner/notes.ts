import type { AnalysisNote, EssayAnalysis } from '../../shared/analysis';
import { hanCounts } from './common-chars';

/**
 * What the user should know about an analysis: why it gives no template, and whether the text
 * was decoded in the encoding it was written in (told by its share of common characters).
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
  const { han, common } = hanCounts(sample);
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
