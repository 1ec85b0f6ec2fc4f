import type { Analysis } from '../../shared/analysis';
import { normPunct } from '../miner/text';
import { generateTemplate, type GeneratedTemplate } from './generate';
import { findSlotSpans, SLOT_LABEL } from './slot-patterns';

export interface MinedTemplate extends Omit<GeneratedTemplate, 'shapeKey'> {
  id: string;
  family: string;
  sourceFile: string;
}

export interface Formula {
  /** The sentence with its varying parts as {{slot}} markers. */
  text: string;
  count: number;
  genres: string[];
  examples: string[];
}

export interface FormulaLibrary {
  openings: Formula[];
  closings: Formula[];
}

/** FNV-1a: a short stable id from text, the same on every machine and run. */
export function stableHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const idPart = (s: string): string =>
  s
    .toLowerCase()
    .replace(/\.[a-z0-9]+$/u, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '') || 'essay';

/** Analyses → templates, one per essay with two or more headings; same shape, same family. */
export function mineTemplates(analyses: readonly Analysis[]): MinedTemplate[] {
  const out: MinedTemplate[] = [];
  for (const analysis of analyses) {
    analysis.essays.forEach((essay, i) => {
      const t = generateTemplate(essay);
      if (!t) return;
      const { shapeKey, ...rest } = t;
      out.push({
        ...rest,
        id: `${idPart(analysis.file)}-${String(i + 1).padStart(2, '0')}`,
        family: `f-${stableHash(shapeKey)}`,
        sourceFile: analysis.file,
      });
    });
  }
  return out;
}

/** A formula sentence with dates, works, names and numbers replaced by named slots. */
export function generaliseFormula(sentence: string): string {
  let out = '';
  let pos = 0;
  for (const span of findSlotSpans(sentence)) {
    out += `${sentence.slice(pos, span.start)}{{${SLOT_LABEL[span.kind]}}}`;
    pos = span.end;
  }
  return normPunct(out + sentence.slice(pos)).trim();
}

function rank(entries: Array<{ text: string; genre: string; example: string }>): Formula[] {
  const byText = new Map<string, Formula>();
  for (const e of entries) {
    const f = byText.get(e.text) ?? { text: e.text, count: 0, genres: [], examples: [] };
    f.count += 1;
    if (!f.genres.includes(e.genre)) f.genres.push(e.genre);
    if (f.examples.length < 3 && !f.examples.includes(e.example)) f.examples.push(e.example);
    byText.set(e.text, f);
  }
  return [...byText.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

/** Openings and closings of every essay, generalised and ranked by how often they occur. */
export function mineFormulas(analyses: readonly Analysis[]): FormulaLibrary {
  const openings: Array<{ text: string; genre: string; example: string }> = [];
  const closings: Array<{ text: string; genre: string; example: string }> = [];
  for (const a of analyses) {
    for (const e of a.essays) {
      if (e.opening_formula) {
        openings.push({
          text: generaliseFormula(e.opening_formula),
          genre: e.genre,
          example: e.opening_formula,
        });
      }
      const last = e.paragraphs?.at(-1)?.text.trim();
      const closing = last ? (/^[^。！？!?]*[。！？!?]/u.exec(last)?.[0] ?? last) : null;
      if (closing && closing.length <= 120) {
        closings.push({ text: generaliseFormula(closing), genre: e.genre, example: closing });
      }
    }
  }
  return { openings: rank(openings), closings: rank(closings) };
}
