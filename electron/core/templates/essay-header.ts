import type { EssayAnalysis } from '../../shared/analysis';
import { normPunct } from '../miner/text';

/** A subtitle line: a dash, then words (——学习…有感, --记…). */
const SUBTITLE = /^\s*(?:—{1,2}|－{2}|-{2})\s*(\S.{1,60})$/u;

/** How far above an essay's first paragraph its header (title, subtitle, byline) can reach. */
const HEADER_LINES = 6;

const asSubtitle = (line: string): string | null => {
  const m = SUBTITLE.exec(line.trim());
  return m?.[1] ? `——${m[1].trim()}` : null;
};

/** What an essay's header holds beside its title, and the essay without it. */
export interface EssayHeader {
  subtitle: string | null;
  /** The essay, its paragraphs starting after any that belong to the header. */
  essay: EssayAnalysis;
}

/**
 * An essay's subtitle: the one the miner found in the essay's header, else a dash line between
 * its title and its first paragraph, or a first paragraph that is one.
 */
export function essayHeader(essay: EssayAnalysis, lines: readonly string[] | null): EssayHeader {
  // the miner read the header block: its subtitle is the one
  const mined = essay.subtitle === undefined ? null : asSubtitle(essay.subtitle);
  if (mined !== null) return { subtitle: mined, essay };
  const first = essay.paragraphs?.[0];
  const inBody = first === undefined ? null : asSubtitle(first.text);
  if (inBody !== null) {
    const paragraphs = essay.paragraphs?.slice(1) ?? [];
    const opening = paragraphs[0]?.text ?? null;
    return { subtitle: inBody, essay: { ...essay, paragraphs, opening_formula: opening } };
  }
  const title = essay.title === null ? null : normPunct(essay.title.trim());
  const startLine = essay.paragraphs?.[0]?.line ?? essay.start.line;
  for (let i = startLine - 2, seen = 0; lines && i >= 0 && seen < HEADER_LINES; i--) {
    const line = lines[i]?.trim() ?? '';
    if (line === '') continue;
    seen++;
    if (title !== null && normPunct(line) === title) break;
    const subtitle = asSubtitle(line);
    if (subtitle !== null) return { subtitle, essay };
  }
  return { subtitle: null, essay };
}
