import { Button, Space } from 'antd';
import { memo } from 'react';
import { removeSection } from '../../../../../electron/core/draft/section-ops';
import { useMessages } from '../../../i18n/messages';
import { DraftInput } from '../DraftFields';
import { PageTextArea } from './PageTextArea';
import { sectionMessages } from '../section-messages';
import {
  DragHandle,
  Hint,
  SectionTools,
  sectionAttributes,
  sectionCounts,
  toolsOf,
  type SectionRowProps,
} from '../SectionRow';

/** Levels past the third are set as the third, as the export sets them. */
const levelClass = (level: number): string => `fs-h${Math.min(Math.max(level, 1), 3)}`;

/**
 * One section on the page: its heading with the number as it prints, then its paragraphs. Beside
 * it in the rail: the section's tools (shown while it has the caret or the pointer), its 字数 and
 * target, and its paragraph from the 范文.
 */
export const PageSection = memo(function PageSection(props: SectionRowProps) {
  const { section: s, n, marker, hint, isDropTarget, actions } = props;
  const t = useMessages(sectionMessages);
  return (
    <section
      {...sectionAttributes(s.id, actions)}
      data-level={s.level}
      className={`fs-row fs-section${isDropTarget ? ' fs-drop' : ''}`}
    >
      <div className="fs-sheet">
        <DragHandle id={s.id} actions={actions} className="fs-handle fs-control" />
        <div className={`fs-heading ${levelClass(s.level)}`}>
          <span data-testid="section-marker" className="fs-marker">
            {marker}
          </span>
          <DraftInput
            aria-label={t.heading(n)}
            data-testid="section-heading"
            data-field="heading"
            variant="borderless"
            className="fs-field"
            value={s.heading}
            onEdit={(text, chosen) => actions.update(s.id, { heading: text }, chosen)}
          />
        </div>
        <PageTextArea
          aria-label={t.body(n)}
          data-testid="section-body"
          data-field="body"
          value={s.body}
          onEdit={(text, chosen) => actions.update(s.id, { body: text }, chosen)}
        />
      </div>
      <div className="fs-rail">
        <Space size={4} wrap className="fs-control" data-testid="section-tools">
          <SectionTools {...toolsOf(props)} />
          <Button
            size="small"
            aria-label={t.deleteLabel(n)}
            onClick={() => actions.apply((d) => removeSection(d, s.id))}
          >
            {t.delete}
          </Button>
        </Space>
        <div className="fs-rail-counts">{sectionCounts(t, props, { className: 'fs-count' })}</div>
        <Hint hint={hint} />
      </div>
    </section>
  );
});
