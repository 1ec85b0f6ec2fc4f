import { normPunct } from '../miner/text';
import { FRAME_FIELD } from '../draft/section-ops';

/** The literal pieces of a frame, around its slots: `a…b…c` → ['a', 'b', 'c']. */
export const frameLiterals = (frame: string): string[] => frame.split(FRAME_FIELD);

/**
 * The text each slot of `frame` takes in `heading`, or null when the heading does not follow the
 * frame. Matching is on punctuation-normalised text; values are cut from the heading as written.
 */
export function fieldValues(frame: string, heading: string): string[] | null {
  const literals = frameLiterals(normPunct(frame));
  const norm = normPunct(heading);
  const first = literals[0] ?? '';
  if (!norm.startsWith(first)) return null;
  let pos = first.length;
  const values: string[] = [];
  for (let i = 1; i < literals.length; i++) {
    const lit = literals[i] ?? '';
    const last = i === literals.length - 1;
    const at =
      lit === ''
        ? last
          ? norm.length
          : pos
        : last
          ? norm.lastIndexOf(lit)
          : norm.indexOf(lit, pos);
    if (at < pos || (last && at + lit.length !== norm.length)) return null;
    values.push(heading.slice(pos, at));
    pos = at + lit.length;
  }
  return values;
}
