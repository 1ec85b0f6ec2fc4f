/**
 * An essay's closing: the last paragraph, when it stands apart from the last section. It does
 * when it says so (总之, 让我们…), or when every section is as long as the others and only the
 * last one runs a paragraph longer. A text cut off mid-sentence has no closing.
 */

/** The words a closing opens with: summing up, calling on, looking back or ahead. */
const CLOSING_CUE =
  /^(?:总之|总而言之|综上|总的来说|总体来看|一句话|让我们|同志们|回首|展望|新的征程|站在新的|路漫漫|征途漫漫|雄关漫道)/u;
/** A finished last paragraph: its last sentence is ended (a signature may follow it). */
const ENDED = /(?:[。！？!?…]|[。！？!?][”’」』)）])(?:\p{Script=Han}{2,4})?$/u;

export interface SectionStart {
  /** Index of the paragraph holding the heading (inline) or standing as it (line). */
  para: number;
  kind: 'line' | 'inline';
  level: number;
}

/** Body paragraphs of each section, the heading's own paragraph counted when inline. */
function sectionSizes(count: number, starts: readonly SectionStart[]): number[] {
  return starts.map((s, k) => {
    const end = starts[k + 1]?.para ?? count;
    const first = s.kind === 'line' ? s.para + 1 : s.para;
    return Math.max(0, end - first);
  });
}

/**
 * Index of the paragraph that closes the essay, or null. Without headings a finished essay of two
 * or more paragraphs closes with its last one.
 */
export function closingIndex(
  paras: readonly string[],
  headings: readonly SectionStart[],
): number | null {
  const last = paras.length - 1;
  const text = (paras[last] ?? '').trim();
  if (last < 1 || !ENDED.test(text)) return null;
  const starts = [...headings].sort((a, b) => a.para - b.para);
  const final = starts[starts.length - 1];
  if (!final) return last;
  // the last paragraph opens the last section, or is its only paragraph
  if (final.para >= last || (final.kind === 'line' && final.para + 1 >= last)) return null;
  if (CLOSING_CUE.test(text)) return last;
  // sections are compared at the outermost level
  const top = Math.min(...starts.map((s) => s.level));
  const sizes = sectionSizes(
    paras.length,
    starts.filter((s) => s.level === top),
  );
  const others = sizes.slice(0, -1);
  const lastSize = sizes[sizes.length - 1] ?? 0;
  const uniform = others.length > 0 && others.every((n) => n >= 1);
  return uniform && lastSize > Math.max(...others) ? last : null;
}
