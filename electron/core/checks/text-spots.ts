import type { FieldSpot } from '../../shared/checks';
import type { Draft } from '../../shared/model';
import { draftBlocks, type BlockSource } from '../draft/draft-text';

/** A run of draftToText(draft) and the field it was typed in. */
type Piece = BlockSource & { textAt: number };

/**
 * Maps spans of the draft's plain text (draftToText) back to the fields they were typed in, so a
 * report entry found in that text can put the writer's selection on it.
 */
export function textSpots(draft: Draft): (start: number, end: number) => FieldSpot | null {
  const pieces: Piece[] = [];
  let at = 0;
  for (const b of draftBlocks(draft)) {
    // draftToText leaves empty blocks out and puts one "\n" between the others
    if (b.text.length === 0) continue;
    if (at > 0) at += 1;
    for (const s of b.sources) if (s.length > 0) pieces.push({ ...s, textAt: at + s.at });
    at += b.text.length;
  }
  return (start, end) => {
    // the first field that the span reaches into: a span may start on a heading's number
    const piece = pieces.find((p) => p.textAt + p.length > start);
    if (!piece || piece.textAt >= end) return null;
    return {
      field: piece.field,
      from: piece.from + Math.max(0, start - piece.textAt),
      to: piece.from + Math.min(piece.length, end - piece.textAt),
    };
  };
}
