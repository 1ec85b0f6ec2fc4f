import { frameOf, frameWords, overlapBound, toItems, alignPair } from './align';
import type { Found } from './model';
import { anchoredWords, anchors, firstWordChar, lastWordChar } from './parallel';
import { normPunct, wordLength } from './text';

export interface Group {
  frame: string;
  members: number[];
}

function stripMarker(h: Found): string {
  const norm = normPunct(h.text);
  const m = h.marker?.text ?? '';
  return m && norm.startsWith(m) ? norm.slice(m.length) : norm;
}

/**
 * Numbered siblings form a parallel group only where their wording (marker aside) shares a
 * frame; un-numbered groups are parallel by construction.
 */
export function parallelGroups(headings: readonly Found[]): Group[] {
  const byRun = new Map<number, number[]>();
  headings.forEach((h, i) => {
    const list = byRun.get(h.run) ?? [];
    list.push(i);
    byRun.set(h.run, list);
  });
  const groups: Group[] = [];
  for (const idx of byRun.values()) {
    if (idx.length < 2) continue;
    const first = headings[idx[0] ?? -1];
    if (!first) continue;
    if (!first.marker) {
      groups.push({
        frame: frameOf(idx.map((i) => normPunct(headings[i]?.text ?? ''))),
        members: idx,
      });
      continue;
    }
    for (const members of numberedSubsets(headings, idx)) {
      groups.push({
        frame: frameOf(members.map((i) => normPunct(headings[i]?.text ?? ''))),
        members,
      });
    }
  }
  return groups.sort((a, b) => (a.members[0] ?? 0) - (b.members[0] ?? 0));
}

function sharesFrame(a: string, b: string): boolean {
  // every rule below needs two shared word characters at least
  const bound = overlapBound(a, b);
  if (bound < 2) return false;
  // shared wording at neither end: only the middle-block rule is left
  const edges = firstWordChar(a) === firstWordChar(b) || lastWordChar(a) === lastWordChar(b);
  if (!edges && bound < Math.max(3, Math.min(wordLength(a), wordLength(b)) * 0.4)) return false;
  const frame = alignPair(toItems(a), b).join('');
  const words = frameWords(frame);
  const short = Math.min(wordLength(a), wordLength(b));
  if (anchors(frame).start && words >= 2) return true;
  if (anchoredWords(frame, words) && words >= short * 0.2) return true;
  // a block of shared wording in the middle ("…需进一步…") when it is a large part of both
  return words >= 3 && words >= short * 0.4;
}

const SIBLING_WINDOW = 16;

function numberedSubsets(headings: readonly Found[], idx: readonly number[]): number[][] {
  const bodies = idx.map((i) => {
    const h = headings[i];
    return h ? stripMarker(h) : '';
  });
  const parent = idx.map((_, k) => k);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  // siblings are compared with their near neighbours only: a list of thousands of numbered
  // lines stays linear
  for (let a = 0; a < idx.length; a++) {
    for (let b = a + 1; b < idx.length && b <= a + SIBLING_WINDOW; b++) {
      if (find(a) === find(b)) continue;
      if (sharesFrame(bodies[a] ?? '', bodies[b] ?? '')) parent[find(b)] = find(a);
    }
  }
  const comps = new Map<number, number[]>();
  idx.forEach((i, k) => {
    const r = find(k);
    const list = comps.get(r) ?? [];
    list.push(i);
    comps.set(r, list);
  });
  const out: number[][] = [];
  for (const members of comps.values()) {
    if (members.length < 2) continue;
    const frame = frameOf(members.map((i) => stripMarker(headings[i] as Found)));
    if (frameWords(frame) >= 2) out.push(members);
  }
  return out;
}
