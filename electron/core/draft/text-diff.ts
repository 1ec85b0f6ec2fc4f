import { diffArrays } from 'diff';
import type { DiffPart } from '../../shared/model';

/**
 * Myers diff of two token lists (jsdiff), as same/del/add runs in order. Between two common runs
 * the removals come first, so that an edited paragraph reads as del then add and can be refined.
 */
function diffTokens(a: readonly string[], b: readonly string[]): DiffPart[] {
  const parts: DiffPart[] = [];
  let del = '';
  let add = '';
  const flush = (): void => {
    if (del) parts.push({ op: 'del', text: del });
    if (add) parts.push({ op: 'add', text: add });
    del = '';
    add = '';
  };
  for (const change of diffArrays([...a], [...b])) {
    const text = change.value.join('');
    if (change.removed) del += text;
    else if (change.added) add += text;
    else {
      flush();
      parts.push({ op: 'same', text });
    }
  }
  flush();
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
