import type { DiffPart } from '../../shared/model';

/** Beyond this many DP cells a comparison would stall the host; the run is shown as replaced. */
const MAX_CELLS = 4_000_000;

/** Longest-common-subsequence diff of two token lists, as same/del/add runs in order. */
function diffTokens(a: readonly string[], b: readonly string[]): DiffPart[] {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_CELLS) {
    return [
      { op: 'del', text: a.join('') },
      { op: 'add', text: b.join('') },
    ].filter((p) => p.text !== '') as DiffPart[];
  }
  // lcs[i][j]: length of the LCS of a[i:] and b[j:], flattened.
  const lcs = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number): number => lcs[i * (m + 1) + j] ?? 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] =
        a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string): void => {
    const last = parts[parts.length - 1];
    if (last?.op === op) last.text += text;
    else parts.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      push('same', a[i] ?? '');
      i++;
      j++;
    } else if (i < n && (j >= m || at(i + 1, j) >= at(i, j + 1))) {
      // Removals first, so an edited paragraph reads as del then add and can be refined.
      push('del', a[i] ?? '');
      i++;
    } else {
      push('add', b[j] ?? '');
      j++;
    }
  }
  return parts;
}

const lines = (text: string): string[] => text.match(/[^\n]*\n|[^\n]+$/gu) ?? [];

/**
 * Paragraph-level diff of two draft texts, refined to characters where a paragraph was edited,
 * so a changed word in a long paragraph shows as that word rather than the whole paragraph.
 */
export function diffTexts(from: string, to: string): DiffPart[] {
  const coarse = diffTokens(lines(from), lines(to));
  const out: DiffPart[] = [];
  for (let k = 0; k < coarse.length; k++) {
    const part = coarse[k];
    const next = coarse[k + 1];
    if (part?.op === 'del' && next?.op === 'add') {
      // Code points: a CJK character outside the BMP stays one token.
      out.push(...diffTokens(Array.from(part.text), Array.from(next.text)));
      k++;
    } else if (part) {
      out.push(part);
    }
  }
  // Merge neighbours of the same kind that the refinement produced.
  return out.reduce<DiffPart[]>((acc, p) => {
    const last = acc[acc.length - 1];
    if (last?.op === p.op) last.text += p.text;
    else acc.push({ ...p });
    return acc;
  }, []);
}
