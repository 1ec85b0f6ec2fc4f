import { useEffect, useState } from 'react';
import { api } from '../../api';
import { sectionIdAt } from '../../../../electron/core/draft/section-ops';

export interface SectionGuides {
  /** The corpus paragraph behind each section the template made, by the section's id. */
  hints: ReadonlyMap<string, string>;
  /** The heading frames of the template's parallel groups, '…' for each field. */
  frames: string[];
}

const NONE: SectionGuides = { hints: new Map(), frames: [] };

/**
 * What the template a draft came from offers beside the editor: the corpus paragraph behind each
 * section (a reference, never copied into the draft) and the frames a new sibling starts from.
 */
export function useSectionHints(templateId: string | null): SectionGuides {
  const [guides, setGuides] = useState<SectionGuides>(NONE);
  useEffect(() => {
    if (!templateId) return;
    let live = true;
    void api.templates.get(templateId).then((r) => {
      if (!live || !r.ok) return;
      const t = r.value;
      // a frame the writer may have turned on in the fill form counts once their headings fill it
      const frames = [
        ...t.blocks.flatMap((b) => [b.frame, b.proposed?.frame ?? null]),
        ...t.sections.map((s) => s.frame),
      ];
      setGuides({
        // A draft made from a template numbers its sections s1, s2, … in the template's order; the
        // id stays with a section when it moves, so its hint moves with it.
        hints: new Map(
          (t.blocks[0]?.hints ?? t.sections.map((s) => s.hint ?? '')).map((h, i) => [
            sectionIdAt(i),
            h,
          ]),
        ),
        frames: [...new Set(frames.filter((f): f is string => f !== null && f.includes('…')))],
      });
    });
    return () => {
      live = false;
    };
  }, [templateId]);
  return guides;
}
