import type { OverlapMatch, OverlapReport } from '../../shared/checks';
import { buildTable, sourceAt, type FingerprintTable, type SourceTexts } from './fingerprint-table';
import { coveredCount, findMatches, selectMatches } from './find-matches';
import { appendMatchCodes, matchText } from './normalize';

export interface SourceInfo {
  kind: 'corpus' | 'imported';
  file: string;
  title: string;
}

export interface SourceEssay extends SourceInfo {
  /** The essay's title, then one paragraph per line: what source spans index. */
  text: string;
}

/** Everything a check needs, built once from the essays and reusable from disk. */
export interface OverlapIndex {
  sources: readonly SourceInfo[];
  /** The essays' texts, in the order of sources. */
  essayTexts: readonly string[];
  texts: SourceTexts;
  table: FingerprintTable;
}

export function buildOverlapIndex(essays: readonly SourceEssay[]): OverlapIndex {
  let size = 0;
  for (const e of essays) size += e.text.length + 1;
  const buffer = new Uint16Array(size);
  const starts = new Uint32Array(essays.length + 1);
  let at = 0;
  essays.forEach((e, i) => {
    starts[i] = at;
    at = appendMatchCodes(e.text, buffer, at) + 1; // buffer is zeroed: the separator is there
  });
  starts[essays.length] = at;
  // a view, not a copy: the dropped punctuation (a tenth or so) costs less than a second array
  const texts = { norm: buffer.subarray(0, at), starts };
  return {
    sources: essays.map(({ kind, file, title }) => ({ kind, file, title })),
    essayTexts: essays.map((e) => e.text),
    texts,
    table: buildTable(texts),
  };
}

const percent = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;

/** Where the draft's text overlaps the index's essays, with spans in both texts. */
export function checkOverlap(draftText: string, index: OverlapIndex): OverlapReport {
  const query = matchText(draftText);
  const found = findMatches(query.codes, index.texts, index.table);
  const covered = coveredCount(found, query.codes.length);
  const sourceOffsets = new Map<number, Uint32Array>();
  const offsetsOf = (s: number): Uint32Array => {
    let o = sourceOffsets.get(s);
    if (!o) {
      o = matchText(index.essayTexts[s] ?? '').offsets;
      sourceOffsets.set(s, o);
    }
    return o;
  };
  const matches = selectMatches(found, query.codes.length).map((m): OverlapMatch => {
    const s = sourceAt(index.texts.starts, m.srcPos);
    const local = m.srcPos - (index.texts.starts[s] ?? 0);
    const length = m.qEnd - m.qStart;
    const src = offsetsOf(s);
    const info = index.sources[s] ?? { kind: 'corpus', file: '', title: '' };
    const draftStart = query.offsets[m.qStart] ?? 0;
    const draftEnd = (query.offsets[m.qEnd - 1] ?? 0) + 1;
    return {
      draftStart,
      draftEnd,
      sourceKind: info.kind,
      sourceFile: info.file,
      essayTitle: info.title,
      sourceStart: src[local] ?? 0,
      sourceEnd: (src[local + length - 1] ?? 0) + 1,
      text: draftText.slice(draftStart, draftEnd),
    };
  });
  return {
    overlapPercent: percent(covered, query.codes.length),
    checkedChars: query.codes.length,
    coveredChars: covered,
    matches,
    sourceEssays: index.sources.length,
  };
}
