import { normPunct } from '../miner/text';
import { FRAME_FIELD } from '../draft/section-ops';
import { repairFrame } from './frame-repair';

/**
 * Characters one heading shares with every other that can stand alone in a frame: the function
 * words of a parallel heading (…，…之…; 以…为…; …是…的…). Any other single shared character is
 * chance (救 in 守住救护 and 夯实施救) rather than a pattern.
 */
const FRAME_WORD = /^[之的是要在以为于与和而把让使从向当不更再又也就才都还着了得地其所]$/u;
const MARK = /^[，、；：。！？“”‘’《》（）]$/u;

/** The longest common subsequence of two strings (code units; Han text is in the BMP). */
function lcs(a: string, b: string): string {
  const dp: Uint16Array[] = Array.from(
    { length: a.length + 1 },
    () => new Uint16Array(b.length + 1),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = dp[i] as Uint16Array;
      const below = dp[i + 1] as Uint16Array;
      row[j] = a[i] === b[j] ? (below[j + 1] ?? 0) + 1 : Math.max(below[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  let out = '';
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out += a[i] ?? '';
      i++;
      j++;
    } else if ((dp[i + 1]?.[j] ?? 0) >= (dp[i]?.[j + 1] ?? 0)) i++;
    else j++;
  }
  return out;
}

/** Where each character of `common` sits in `text`, matched from the left. */
function positions(common: string, text: string): number[] {
  const at: number[] = [];
  let from = 0;
  for (const ch of common) {
    const i = text.indexOf(ch, from);
    at.push(i);
    from = i + 1;
  }
  return at;
}

/** The frame that keeps `common`'s characters, with a slot wherever some heading has more. */
function frameFrom(common: string, headings: readonly string[]): string {
  const places = headings.map((h) => positions(common, h));
  let frame = '';
  for (let k = 0; k <= common.length; k++) {
    const gap = places.some((at, h) => {
      const start = k === 0 ? 0 : (at[k - 1] ?? 0) + 1;
      const end = k === common.length ? (headings[h]?.length ?? 0) : (at[k] ?? 0);
      return end > start;
    });
    if (gap && !frame.endsWith(FRAME_FIELD)) frame += FRAME_FIELD;
    if (k < common.length) frame += common[k] ?? '';
  }
  return frame;
}

/** Single shared characters that are not marks or frame words go back to the slots around them. */
function keepStructure(frame: string): string {
  const parts = frame.split(FRAME_FIELD);
  return parts
    .map((p) => (p.length === 1 && !FRAME_WORD.test(p) && !MARK.test(p) ? FRAME_FIELD : p))
    .join(FRAME_FIELD)
    .replace(/…{2,}/gu, FRAME_FIELD);
}

/**
 * A frame proposed from headings the miner found no shared pattern in: the words and marks every
 * heading has in the same order (一、敬畏生命，守住救护之本 / 二、苦练技能，夯实施救之基 → `…，…之…`).
 * Null when they share no word, or the frame would leave a heading's part empty.
 */
export function proposeFrame(headings: readonly string[]): string | null {
  if (headings.length < 2) return null;
  const norm = headings.map((h) => normPunct(h.trim()).replace(/[。！？]$/u, ''));
  let common = norm[0] ?? '';
  for (const h of norm.slice(1)) common = lcs(common, h);
  if (common.length === 0) return null;
  const frame = keepStructure(frameFrom(common, norm));
  const literal = frame.replaceAll(FRAME_FIELD, '');
  if (!/\p{Script=Han}/u.test(literal) || !frame.includes(FRAME_FIELD)) return null;
  return repairFrame(frame, norm);
}
