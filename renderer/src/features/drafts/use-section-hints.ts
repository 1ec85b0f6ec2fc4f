import { useEffect, useState } from 'react';
import { api } from '../../api';

export interface SectionGuides {
  /** The corpus paragraph behind each section, by position. */
  hints: string[];
  /** The heading frames of the template's parallel groups, '…' for each field. */
  frames: string[];
}

const NONE: SectionGuides = { hints: [], frames: [] };

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
      const frames = [...t.blocks.map((b) => b.frame), ...t.sections.map((s) => s.frame)];
      setGuides({
        hints: t.blocks[0]?.hints ?? t.sections.map((s) => s.hint),
        frames: [...new Set(frames.filter((f): f is string => f !== null && f.includes('…')))],
      });
    });
    return () => {
      live = false;
    };
  }, [templateId]);
  return guides;
}
