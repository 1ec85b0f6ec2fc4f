import { sentenceText } from './headings';
import type { Found, Para } from './model';
import { matchMarker } from './numbering';
import { wordLength } from './text';

/**
 * Un-numbered sub-headings that share no frame: short lines standing alone between paragraphs
 * ("电影带来的震撼" / "传承与铭记"), a label ending in a colon under a numbered heading
 * ("工会工作:"), and a label sentence opening a paragraph under one ("交通安全方面。"). A line
 * counts when it heads body text, not another short line: stacked short lines are a page's
 * header or menu, not an essay's sections.
 */

const LINE_MAX = 25;
const LINE_MIN = 3;
const LABEL_MAX = 12;
/** Lines after the first that make a series of sections. */
const SERIES_MIN = 2;
/** What a label names: an area, a matter, a kind of work. */
const LABEL_NOUN = /(?:方面|问题|工作|情况|建设|管理|领域|环节|层面)[。：:]$/u;
const QUOTED = /“([^“”]{2,12})”/gu;

function isBody(p: Para | undefined): boolean {
  return (
    p !== undefined && (!p.wholeLine || p.sentences.length > 1 || wordLength(p.text) > LINE_MAX)
  );
}

/** A short whole line with no sentence end, no list marker, at most one inner comma. */
function isShortLine(p: Para): boolean {
  const t = p.text;
  const n = wordLength(t);
  if (!p.wholeLine || n < LINE_MIN || n > LINE_MAX || p.sentences.length !== 1) return false;
  if (/[。！？!?，,；;、…]$/u.test(t) || (t.match(/[，,]/gu) ?? []).length > 1) return false;
  return matchMarker(p.norm) === null;
}

/** A quoted key phrase of the line was announced earlier in the text ("要拧紧“总开关”"). */
function announced(paras: readonly Para[], i: number): boolean {
  const t = paras[i]?.norm ?? '';
  const before = paras
    .slice(0, i)
    .map((p) => p.norm)
    .join('');
  for (const m of t.matchAll(QUOTED)) if (before.includes(`“${m[1] ?? ''}”`)) return true;
  return false;
}

export function findLineHeadings(
  paras: readonly Para[],
  taken: ReadonlySet<string>,
  numbered: readonly Found[],
  run: number,
): Found[] {
  const numberedAt = numbered.map((h) => h.para);
  const underNumbered = (i: number): boolean => numberedAt.some((a) => a < i);
  const lines: number[] = [];
  const labels: Found[] = [];
  paras.forEach((p, i) => {
    if (taken.has(`${i}:0`)) return;
    const prev = paras[i - 1];
    const next = paras[i + 1];
    // headings head body text and follow it (or follow a heading of their own, or open the text)
    const prevOk = i === 0 || isBody(prev) || numberedAt.includes(i - 1);
    if (isShortLine(p) && prevOk) {
      const colon = /[：:]$/u.test(p.text);
      if (colon) {
        if (wordLength(p.text) <= LABEL_MAX && underNumbered(i) && isBody(next)) {
          labels.push(found(p, i, 'line', run));
        }
      } else if (isBody(next) || (next === undefined && announced(paras, i))) {
        lines.push(i);
      }
      return;
    }
    // "交通安全方面。…": a label sentence under a numbered heading, opening its paragraph
    const first = sentenceText(p, 0);
    if (
      !p.wholeLine ||
      p.sentences.length < 2 ||
      !underNumbered(i) ||
      taken.has(`${i}:0`) ||
      wordLength(first) > LABEL_MAX - 4 ||
      !LABEL_NOUN.test(first) ||
      /[，,]/u.test(first)
    ) {
      return;
    }
    labels.push({ ...found(p, i, 'inline', run), text: first });
  });
  // one short line alone is a heading only where a numbered heading holds it or the text
  // announced it; two or more are the essay's sections. A line that opens the text heads its
  // first section only when a series of them follows: otherwise it may be a title or a greeting
  const kept = lines.filter((i) =>
    i === 0
      ? lines.length >= SERIES_MIN + 1
      : lines.length >= 2 || underNumbered(i) || announced(paras, i),
  );
  return [...kept.map((i) => found(paras[i] as Para, i, 'line', run)), ...labels].sort(
    (a, b) => a.para - b.para,
  );
}

function found(p: Para, i: number, kind: 'line' | 'inline', run: number): Found {
  return {
    para: i,
    sentence: 0,
    text: p.text,
    kind,
    marker: null,
    scheme: 'line',
    run,
    level: 0,
  };
}
