import { HolderOutlined } from '@ant-design/icons';
import { Button, Space, Typography, type GetProps } from 'antd';
import { memo, type DragEvent, type KeyboardEvent } from 'react';
import type { Draft, DraftSection } from '../../../../electron/shared/model';
import {
  indent,
  moveDown,
  moveUp,
  outdent,
  removeSection,
} from '../../../../electron/core/draft/section-ops';
import { useMessages } from '../../i18n/messages';
import { CharTarget } from './CharTarget';
import { DraftInput, DraftTextArea } from './DraftFields';
import { SectionHint } from './SectionHint';
import { sectionMessages } from './section-messages';
import { palette } from '../../theme';

/** Nesting shown by indentation, so the outline reads at a glance. */
const INDENT_PX = 24;

export type Field = 'heading' | 'body';

/** Only our own section drags are drop targets; text dragged from elsewhere is left to the fields. */
export const SECTION_DRAG = 'application/x-fanshi-section';

/**
 * What a row can do to the draft, by section id. One object that keeps its identity while the
 * writer types, so the rows of the sections not being typed in are not rendered again.
 */
export interface SectionActions {
  apply: (op: (d: Draft) => Draft, focus?: { id: string; field: Field }) => void;
  addAfter: (id: string) => void;
  /** `chosen`: a word chosen in an input method, one undo step of its own. */
  update: (id: string, patch: { heading: string } | { body: string }, chosen: boolean) => void;
  setTarget: (id: string, target: number | undefined) => void;
  onKeyDown: (id: string, e: KeyboardEvent<HTMLElement>) => void;
  dragStart: (id: string, e: DragEvent<HTMLElement>) => void;
  dragEnd: () => void;
  dragOver: (id: string, e: DragEvent<HTMLElement>) => void;
  dragLeave: (id: string) => void;
  drop: (id: string, e: DragEvent<HTMLElement>) => void;
}

export interface SectionRowProps {
  section: DraftSection;
  /** 1-based position, for the fields' labels. */
  n: number;
  marker: string | undefined;
  canMoveUp: boolean;
  canMoveDown: boolean;
  canIndent: boolean;
  canOutdent: boolean;
  chars: number;
  charsWithoutPunctuation: number;
  hint: string | undefined;
  isDropTarget: boolean;
  actions: SectionActions;
}

type SectionText = (typeof sectionMessages)['en'];

type ToolsProps = Pick<
  SectionRowProps,
  'n' | 'canMoveUp' | 'canMoveDown' | 'canIndent' | 'canOutdent' | 'actions'
> & { id: string };

type TextProps = Pick<GetProps<typeof Typography.Text>, 'className' | 'style'>;

/** The handle a section is dragged by to a new place. */
export function DragHandle({
  id,
  actions,
  className,
}: {
  id: string;
  actions: SectionActions;
  className?: string;
}) {
  const t = useMessages(sectionMessages);
  return (
    // Not aria-hidden: Chromium starts no drag from an element hidden from assistive tech.
    <span
      draggable
      data-testid="section-drag"
      title={t.drag}
      className={className}
      style={{ cursor: 'grab', padding: '0 6px', display: 'flex', alignItems: 'center' }}
      onDragStart={(e) => actions.dragStart(id, e)}
      onDragEnd={actions.dragEnd}
    >
      <HolderOutlined />
    </span>
  );
}

/** The heading with its number, and the delete button: unchanged while the body is typed in. */
const SectionHeading = memo(function SectionHeading({
  id,
  n,
  marker,
  heading,
  actions,
}: {
  id: string;
  n: number;
  marker: string | undefined;
  heading: string;
  actions: SectionActions;
}) {
  const { apply } = actions;
  const t = useMessages(sectionMessages);
  return (
    <Space.Compact style={{ width: '100%' }}>
      <DragHandle id={id} actions={actions} />
      <DraftInput
        aria-label={t.heading(n)}
        data-testid="section-heading"
        data-field="heading"
        // Always a prefix element, empty when unnumbered: antd remounts the input (and
        // loses the caret) when a prefix appears or disappears.
        prefix={<span data-testid="section-marker">{marker}</span>}
        style={{ fontWeight: 600 }}
        value={heading}
        onEdit={(text, chosen) => actions.update(id, { heading: text }, chosen)}
      />
      <Button aria-label={t.deleteLabel(n)} onClick={() => apply((d) => removeSection(d, id))}>
        {t.delete}
      </Button>
    </Space.Compact>
  );
});

type Tool = keyof SectionText['tools'];

/** The outline operations' buttons: they change only when the section can move differently. */
export const SectionTools = memo(function SectionTools({
  id,
  n,
  canMoveUp,
  canMoveDown,
  canIndent,
  canOutdent,
  actions,
}: ToolsProps) {
  const { apply } = actions;
  const t = useMessages(sectionMessages);
  const tools: [Tool, boolean, () => void][] = [
    ['moveUp', canMoveUp, () => apply((d) => moveUp(d, id))],
    ['moveDown', canMoveDown, () => apply((d) => moveDown(d, id))],
    ['outdent', canOutdent, () => apply((d) => outdent(d, id))],
    ['indent', canIndent, () => apply((d) => indent(d, id))],
    ['addSibling', true, () => actions.addAfter(id)],
  ];
  // A Space of its own: the row's Space spaces its direct children only.
  return (
    <Space size={4} wrap>
      {tools.map(([tool, enabled, run]) => {
        const words: { text: string; label: (n: number) => string; title?: string } = t.tools[tool];
        return (
          <Button
            key={tool}
            size="small"
            aria-label={words.label(n)}
            title={words.title}
            disabled={!enabled}
            onClick={run}
          >
            {words.text}
          </Button>
        );
      })}
    </Space>
  );
});

/** The tools' props out of a row's: only what changes how the section can move. */
export const toolsOf = (p: SectionRowProps): ToolsProps => ({
  id: p.section.id,
  n: p.n,
  canMoveUp: p.canMoveUp,
  canMoveDown: p.canMoveDown,
  canIndent: p.canIndent,
  canOutdent: p.canOutdent,
  actions: p.actions,
});

/**
 * A section's 字数 and its target as both views show them. A fragment, not a component, so that
 * each view lays the two out among its own (the outline view's Space spaces each of them).
 */
export const sectionCounts = (t: SectionText, p: SectionRowProps, count: TextProps) => (
  <>
    <Typography.Text type="secondary" data-testid="section-count" {...count}>
      {t.sectionCount({ all: p.chars, withoutPunctuation: p.charsWithoutPunctuation })}
    </Typography.Text>
    <CharTarget
      label={t.sectionTarget(p.n)}
      testId="section-target"
      chars={p.chars}
      target={p.section.target}
      onChange={(target) => p.actions.setTarget(p.section.id, target)}
    />
  </>
);

export const Hint = memo(SectionHint);

/**
 * A section's element as both views need it: found by its id (checks, focus), its keyboard
 * commands, and its part as a drop target.
 */
export const sectionAttributes = (id: string, actions: SectionRowProps['actions']) => ({
  'data-testid': 'draft-section',
  'data-section-id': id,
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => actions.onKeyDown(id, e),
  onDragOver: (e: DragEvent<HTMLElement>) => actions.dragOver(id, e),
  onDragLeave: () => actions.dragLeave(id),
  onDrop: (e: DragEvent<HTMLElement>) => actions.drop(id, e),
});

/** One section: heading with its live number, body, 字数 and target, and the outline operations. */
export const SectionRow = memo(function SectionRow(props: SectionRowProps) {
  const { section: s, n, marker, hint, isDropTarget, actions } = props;
  const t = useMessages(sectionMessages);
  return (
    <section
      {...sectionAttributes(s.id, actions)}
      style={{
        marginTop: 16,
        marginLeft: (Math.max(1, s.level) - 1) * INDENT_PX,
        outline: isDropTarget ? `2px dashed ${palette.dropTarget}` : undefined,
        outlineOffset: 4,
        // A long draft's off-screen sections skip style and layout until scrolled to, so a
        // keystroke lays out what is on screen, not 20,000 characters.
        contentVisibility: 'auto',
        containIntrinsicSize: 'auto 320px',
      }}
    >
      <SectionHeading id={s.id} n={n} marker={marker} heading={s.heading} actions={actions} />
      <DraftTextArea
        aria-label={t.body(n)}
        data-testid="section-body"
        data-field="body"
        // Grown by the browser rather than antd's autoSize, which measures a hidden copy of the
        // whole body on every keystroke (a forced layout of thousands of characters).
        style={{ marginTop: 8, fieldSizing: 'content', minHeight: 'calc(3lh + 10px)' }}
        value={s.body}
        onEdit={(text, chosen) => actions.update(s.id, { body: text }, chosen)}
      />
      <Space size={4} wrap style={{ marginTop: 4 }}>
        <SectionTools {...toolsOf(props)} />
        {sectionCounts(t, props, { style: { fontSize: 12 } })}
      </Space>
      <Hint hint={hint} />
    </section>
  );
});
