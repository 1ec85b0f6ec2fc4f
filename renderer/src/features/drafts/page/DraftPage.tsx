import type { ExportPreset, FontScheme } from '../../../../../electron/shared/model';
import { useMessages } from '../../../i18n/messages';
import { DraftInput } from '../DraftFields';
import { PageTextArea } from './PageTextArea';
import { DraftSections } from '../DraftSections';
import type { DraftViewProps } from '../draft-view-props';
import { editorMessages } from '../editor-messages';
import { NumberingPicker } from '../NumberingPicker';
import { pageStyle } from './page-typography';
import './page-view.css';

/**
 * The draft set as the Word export will print it, and written in place: an A4 sheet with the
 * title centred, headings numbered in their faces, paragraphs indented two characters on the
 * export's line pitch. Numbering, 字数, targets, tools and the 范文 sit in the rail beside it.
 */
export function DraftPage({
  draft,
  update,
  setDraft,
  commit,
  guides,
  setNumbering,
  preset,
  fontScheme,
}: DraftViewProps & { preset: ExportPreset; fontScheme: FontScheme }) {
  const t = useMessages(editorMessages);
  return (
    <div className="fs-page" style={pageStyle(preset, fontScheme)} data-testid="page-view">
      <div className="fs-row fs-first">
        <div className="fs-sheet">
          <DraftInput
            aria-label={t.title}
            placeholder={t.title}
            data-testid="draft-title"
            data-field="title"
            variant="borderless"
            className="fs-field fs-title"
            value={draft.title}
            onEdit={(title, chosen) => update({ title }, chosen)}
          />
          <PageTextArea
            aria-label={t.opening}
            placeholder={t.opening}
            data-testid="draft-opening"
            data-field="opening"
            value={draft.opening}
            onEdit={(opening, chosen) => update({ opening }, chosen)}
          />
        </div>
        <div className="fs-rail">
          <NumberingPicker
            levels={Math.max(1, ...draft.sections.map((s) => s.level))}
            numbering={draft.numbering}
            onChange={setNumbering}
          />
        </div>
      </div>
      <DraftSections
        draft={draft}
        setDraft={setDraft}
        commit={commit}
        guides={guides}
        view="page"
        closing={
          <PageTextArea
            aria-label={t.closing}
            placeholder={t.closing}
            data-testid="draft-closing"
            data-field="closing"
            value={draft.closing}
            onEdit={(closing, chosen) => update({ closing }, chosen)}
          />
        }
      />
    </div>
  );
}
