import type { Found, Para } from './model';
import { matchMarker, type Marker } from './numbering';

/**
 * Numbered headings: a marker at the start of a sentence (line-only schemes such as 一、 and 1、
 * only at the start of a paragraph), kept when it belongs to a run whose ordinals count up. A
 * marker after a comma or colon is a list inside one sentence, never a heading.
 */

const LEAD_CLAUSE_FIRST = /^[^，。！？：；]{2,14}，(首先|第一)，/u;
const LINE_HEADING_MAX = 40;

export function sentenceText(p: Para, k: number): string {
  const s = p.sentences[k];
  return s ? p.text.slice(s.start, s.end) : '';
}

export function sentenceNorm(p: Para, k: number): string {
  const s = p.sentences[k];
  return s ? p.norm.slice(s.start, s.end) : '';
}

/** A heading standing alone on its line, without sentence-final punctuation. */
export function isLineHeading(p: Para): boolean {
  return (
    p.wholeLine &&
    p.sentences.length === 1 &&
    p.text.length <= LINE_HEADING_MAX &&
    !/[。！？!?；;，,]$/u.test(p.text)
  );
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
      if (m) out.push({ para: i, sentence: k, marker: m });
    }
  });
  return out;
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
    const single = run.members.length === 1;
    if (single) {
      const p = paras[first.para];
      // a lone "一、" counts only as a line heading (a page may show just the first section)
      if (!p || !first.marker.lineOnly || first.sentence !== 0 || !isLineHeading(p)) continue;
    }
    for (const c of run.members) {
      const p = paras[c.para];
      if (!p) continue;
      const line = c.sentence === 0 && isLineHeading(p);
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
 * Levels from nesting: walking in order, a scheme already open is a sibling of that level (and
 * closes what was opened inside it); a new scheme nests one level deeper.
 */
export function assignLevels(found: Found[]): void {
  const stack: string[] = [];
  for (const h of found) {
    const at = stack.indexOf(h.scheme);
    if (at >= 0) {
      stack.length = at + 1;
      h.level = at + 1;
    } else {
      stack.push(h.scheme);
      h.level = stack.length;
    }
  }
}
