import type { Found, Para } from './model';
import { matchMarker, type Marker } from './numbering';

/**
 * Numbered headings: a marker at the start of a sentence (line-only schemes such as 一、 and 1、
 * only at the start of a paragraph), kept when it belongs to a run whose ordinals count up. A
 * marker after a comma or colon is a list inside one sentence, never a heading.
 */

const LEAD_CLAUSE_FIRST = /^[^，。！？：；]{2,14}，(首先|第一)，/u;

export function sentenceText(p: Para, k: number): string {
  const s = p.sentences[k];
  return s ? p.text.slice(s.start, s.end) : '';
}

export function sentenceNorm(p: Para, k: number): string {
  const s = p.sentences[k];
  return s ? p.norm.slice(s.start, s.end) : '';
}

/** Paragraphs looked at for the text a line heads. */
const HEADED_LOOKAHEAD = 4;

/**
 * A heading standing alone on its line, without sentence-final punctuation, and shorter than the
 * text it heads (the next paragraph that is text, not another such line). At the end of the text
 * nothing can be compared: an excerpt cut there.
 */
export function isLineHeading(paras: readonly Para[], i: number): boolean {
  const p = paras[i];
  // a line that trails off ("……") is a sentence, not a heading
  if (
    !p ||
    !p.wholeLine ||
    p.sentences.length !== 1 ||
    /(?:[。！？!?；;，,…]|\.\.)$/u.test(p.text)
  ) {
    return false;
  }
  for (let j = i + 1; j < paras.length && j <= i + HEADED_LOOKAHEAD; j++) {
    const q = paras[j];
    if (!q) break;
    if (q.sentences.length > 1 || /[。！？!?]$/u.test(q.text)) return q.text.length > p.text.length;
  }
  return true;
}

interface Candidate {
  para: number;
  sentence: number;
  marker: Marker;
}

function candidates(paras: readonly Para[]): Candidate[] {
  const out: Candidate[] = [];
  paras.forEach((p, i) => {
    for (let k = 0; k < p.sentences.length; k++) {
      const norm = sentenceNorm(p, k);
      let m = matchMarker(norm);
      if (m && k > 0 && m.lineOnly) m = null;
      if (!m && k === 0) {
        const lead = LEAD_CLAUSE_FIRST.exec(norm);
        if (lead) {
          const word = lead[1] ?? '';
          m = {
            scheme: word === '首先' ? 'seq' : '第cn',
            label: word === '首先' ? '首先' : '第一',
            ordinal: 1,
            text: word,
            lineOnly: false,
          };
        }
      }
      // a heading states a point: an exclamation or a question is a call, a wish, a challenge
      if (m && /[！？][”’]*$/u.test(norm)) m = null;
      if (m) out.push({ para: i, sentence: k, marker: m });
    }
  });
  return out;
}

/** How near the end of the text a lone first item may stand: its list was cut off there. */
const LONE_TAIL_PARAS = 2;
const LONE_INLINE_MAX = 40;

/**
 * A numbering that never reaches "二" is a heading only where it stands like one: a lone "一、"
 * line (a page may show just the first section), or the opening sentence of one of the text's
 * last paragraphs, short, where an excerpt cut the list off after its first item — not a
 * sentence that ends in a colon, announcing what comes.
 */
function loneHeading(paras: readonly Para[], c: Candidate): boolean {
  const p = paras[c.para];
  if (!p || c.sentence !== 0) return false;
  // "首先就…讲三点意见:": a first word that announces what follows heads nothing itself
  if (!c.marker.lineOnly && /：$/u.test(sentenceNorm(p, 0))) return false;
  if (isLineHeading(paras, c.para)) return true;
  const s = p.sentences[0];
  return (
    c.marker.ordinal === 1 &&
    c.para >= paras.length - LONE_TAIL_PARAS &&
    s !== undefined &&
    s.end - s.start <= LONE_INLINE_MAX &&
    /[。！？!?]$/u.test(sentenceText(p, 0))
  );
}

/**
 * Items run into a paragraph one right after another ("…四个方面:一是…;…。二是…。") are a list
 * inside the text: a heading opens a point the sentences after it develop, so some sentence
 * stands between one item and the next.
 */
function isRunInList(paras: readonly Para[], members: readonly Candidate[]): boolean {
  const first = members[0];
  if (!first || members.length < 2 || members.some((c) => c.sentence === 0)) return false;
  const back = members.every((c, k) => {
    const next = members[k + 1];
    return next === undefined || (next.para === c.para && next.sentence === c.sentence + 1);
  });
  // …and the list says it is one: announced by a colon, or its items hold clauses of their own
  const p = paras[first.para];
  const announced = p !== undefined && /[：:]$/u.test(sentenceNorm(p, first.sentence - 1));
  const clauses = members.some((c) => {
    const q = paras[c.para];
    return q !== undefined && /[；;]/u.test(sentenceNorm(q, c.sentence));
  });
  return back && (announced || clauses);
}

export function findNumbered(paras: readonly Para[]): Found[] {
  const cands = candidates(paras);
  interface Run {
    id: number;
    last: number;
    members: Candidate[];
    closed: boolean;
  }
  const open = new Map<string, Run>();
  const runs: Run[] = [];
  for (const c of cands) {
    const { scheme, ordinal } = c.marker;
    const cur = open.get(scheme);
    if (ordinal === 1) {
      const run: Run = { id: runs.length, last: 1, members: [c], closed: false };
      runs.push(run);
      open.set(scheme, run);
    } else if (ordinal === 0) {
      if (cur && !cur.closed && cur.members.length >= 1) {
        cur.members.push(c);
        cur.closed = true;
      }
    } else if (cur && !cur.closed && cur.last === ordinal - 1) {
      cur.members.push(c);
      cur.last = ordinal;
    } else if (
      cur &&
      !cur.closed &&
      (scheme === 'seq' || scheme === 'time') &&
      ordinal > cur.last
    ) {
      // 首先 … 其次 … 然后/再次: the third word varies, any later ordinal continues the run
      cur.members.push(c);
      cur.last = ordinal;
    }
  }
  const found: Found[] = [];
  for (const run of runs) {
    const first = run.members[0];
    if (!first) continue;
    if (run.members.length === 1 && !loneHeading(paras, first)) continue;
    if (isRunInList(paras, run.members)) continue;
    for (const c of run.members) {
      const p = paras[c.para];
      if (!p) continue;
      const line = c.sentence === 0 && isLineHeading(paras, c.para);
      found.push({
        para: c.para,
        sentence: c.sentence,
        text: line ? p.text : sentenceText(p, c.sentence),
        kind: line ? 'line' : 'inline',
        marker: c.marker,
        scheme: c.marker.scheme,
        run: run.id,
        level: 0,
      });
    }
  }
  return found.sort((a, b) => a.para - b.para || a.sentence - b.sentence);
}

/**
 * A numbered list that begins inside a paragraph ("…的自觉性。一要…。二要…") is part of the
 * paragraph's text, unless the paragraph opens with the list's parent heading or announces the
 * list with a colon: then its items are the sub-points that heading or colon introduces.
 */
export function withoutListsInText(paras: readonly Para[], found: readonly Found[]): Found[] {
  const opens = new Set(found.filter((h) => h.sentence === 0).map((h) => h.para));
  const firsts = new Map<number, Found>();
  for (const h of found) {
    if (h.marker && !firsts.has(h.run)) firsts.set(h.run, h);
  }
  const dropped = new Set<number>();
  for (const [run, first] of firsts) {
    if (first.sentence === 0 || opens.has(first.para)) continue;
    const p = paras[first.para];
    if (p && /[：:]$/u.test(sentenceNorm(p, first.sentence - 1))) continue;
    dropped.add(run);
  }
  return dropped.size === 0 ? [...found] : found.filter((h) => !dropped.has(h.run));
}

/**
 * Levels from nesting: walking in order, a scheme already open is a sibling of that level (and
 * closes what was opened inside it); a new scheme nests one level deeper.
 */
export function assignLevels(found: Found[]): void {
  const stack: string[] = [];
  const last = new Map<string, number>();
  found.forEach((h, i) => last.set(h.scheme, i));
  const parents = new Set<string>();
  found.forEach((h, i) => {
    // an un-numbered parallel set that has ended, and never held headings under its members,
    // does not hold the next set either: the two are siblings
    const top = stack[stack.length - 1];
    if (
      top !== undefined &&
      top !== h.scheme &&
      top.startsWith('group:') &&
      h.scheme.startsWith('group:') &&
      (last.get(top) ?? i) < i &&
      !parents.has(top)
    ) {
      stack.pop();
    }
    const parent = stack[stack.length - 1];
    if (parent !== undefined && parent !== h.scheme && !stack.includes(h.scheme)) {
      parents.add(parent);
    }
    const at = stack.indexOf(h.scheme);
    if (at >= 0) {
      stack.length = at + 1;
      h.level = at + 1;
    } else {
      stack.push(h.scheme);
      h.level = stack.length;
    }
  });
}
