import type { Draft, ExportPreset, FontScheme } from '../../shared/model';
import { draftBlocks, type DraftBlock } from './draft-text';
import { withChinesePunctuation } from './punctuation';
import { headingFont, typographyOf, type FontSpec, type Typography } from './typography';

/**
 * Names the official fonts go by elsewhere: a browser or an editor without 仿宋_GB2312 still
 * finds the same face under its newer name, or at least the right family.
 */
const FALLBACKS: Readonly<Record<string, string>> = {
  方正小标宋简体: '"华文中宋", STZhongsong, "宋体", SimSun, serif',
  仿宋_GB2312: '"仿宋", FangSong, STFangsong, serif',
  仿宋: 'FangSong, STFangsong, serif',
  楷体_GB2312: '"楷体", KaiTi, STKaiti, serif',
  楷体: 'KaiTi, STKaiti, serif',
  黑体: 'SimHei, "Heiti SC", sans-serif',
  宋体: 'SimSun, "Songti SC", serif',
};

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/gu, (c) => ESCAPES[c] ?? c);

const quoted = (name: string): string => `"${name}"`;

/**
 * Latin first so browsers set digits and letters in it and fall through to the Chinese face; Word
 * reads the East Asian font from its own mso- property, as it writes them when saving HTML.
 */
function fontCss(spec: FontSpec, latin: string): string {
  const family = [quoted(latin), quoted(spec.font), FALLBACKS[spec.font] ?? 'serif'].join(', ');
  return [
    `font-family:${family}`,
    `mso-fareast-font-family:${quoted(spec.font)}`,
    `mso-ascii-font-family:${quoted(latin)}`,
    `mso-hansi-font-family:${quoted(latin)}`,
    `font-size:${spec.pt}pt`,
    `font-weight:${spec.bold ? 'bold' : 'normal'}`,
  ].join(';');
}

function paragraphCss(t: Typography, align: 'center' | 'indent'): string {
  const line = t.line.rule === 'exact' ? `${t.line.pt}pt` : String(t.line.times);
  const indent =
    align === 'center' ? 'text-align:center' : `text-indent:${t.indentChars * t.body.pt}pt`;
  return `margin:0;${indent};line-height:${line}`;
}

function blockHtml(block: DraftBlock, t: Typography): string {
  const span = (text: string, spec: FontSpec): string =>
    `<span style='${fontCss(spec, t.latinFont)}'>${escapeHtml(text)}</span>`;
  if (block.kind === 'title') {
    return `<p class=MsoTitle style='${paragraphCss(t, 'center')}'>${span(block.text, t.title)}</p>`;
  }
  if (block.kind === 'heading') {
    // h1–h3 become Word's Heading 1–3 on paste, so the copy keeps real styles too.
    const tag = `h${Math.min(Math.max(block.level, 1), 3)}`;
    const text = span(block.text, headingFont(t, block.level));
    return `<${tag} style='${paragraphCss(t, 'indent')}'>${text}</${tag}>`;
  }
  const lead = block.lead ?? '';
  const rest = block.text.slice(lead.length);
  const leadHtml = lead ? span(lead, headingFont(t, block.level)) : '';
  const restHtml = rest ? span(rest, t.body) : '';
  return `<p style='${paragraphCss(t, 'indent')}'>${leadHtml}${restHtml}</p>`;
}

/** The draft as an HTML fragment set in the preset's fonts, for pasting into Word or an editor. */
export function draftToHtml(draft: Draft, preset: ExportPreset, scheme?: FontScheme): string {
  const t = typographyOf(preset, scheme);
  return draftBlocks(withChinesePunctuation(draft))
    .filter((b) => b.text.length > 0)
    .map((b) => blockHtml(b, t))
    .join('\n');
}
