import { useEffect, useState } from 'react';
import { api } from '../../api';

/**
 * The corpus paragraph behind each section of the template a draft came from: shown as a
 * reference beside the editor, never copied into the draft.
 */
export function useSectionHints(templateId: string | null): string[] {
  const [hints, setHints] = useState<string[]>([]);
  useEffect(() => {
    if (!templateId) return;
    let live = true;
    void api.templates.get(templateId).then((r) => {
      if (live && r.ok) setHints(r.value.blocks[0]?.hints ?? r.value.sections.map((s) => s.hint));
    });
    return () => {
      live = false;
    };
  }, [templateId]);
  return hints;
}
