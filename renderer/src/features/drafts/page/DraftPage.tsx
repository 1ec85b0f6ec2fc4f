import type { ExportPreset, FontScheme } from '../../../../../electron/shared/model';
import { useMessages } from '../../../i18n/messages';
import { DraftInput } from '../DraftFields';
import { PageTextArea } from './PageTextArea';
import { DraftSections } from '../DraftSections';
import {
  numberingField,
  partField,
  type DraftPart,
  type DraftViewProps,
} from '../draft-view-props';
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
  preset,
  fontScheme,
  ...props
}: DraftViewProps & { preset: ExportPreset; fontScheme: FontScheme }) {
  const t = useMessages(editorMessages);
  // On the page a part's name shows in it while it is empty, as its label does elsewhere.
  const field = (part: DraftPart) => ({ ...partField(part, t, props), placeholder: t[part] });
  return (
    <div className="fs-page" style={pageStyle(preset, fontScheme)} data-testid="page-view">
      <div className="fs-row fs-first">
        <div className="fs-sheet">
          <DraftInput {...field('title')} variant="borderless" className="fs-field fs-title" />
          <PageTextArea {...field('opening')} />
        </div>
        <div className="fs-rail">
          <NumberingPicker {...numberingField(props)} />
        </div>
      </div>
      <DraftSections {...props} view="page" closing={<PageTextArea {...field('closing')} />} />
    </div>
  );
}
