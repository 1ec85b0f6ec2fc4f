import { HolderOutlined } from '@ant-design/icons';
import { Button, Input, Space, Typography } from 'antd';
import { memo, type DragEvent, type KeyboardEvent } from 'react';
import type { Draft, DraftSection } from '../../../../electron/shared/model';
import {
  indent,
  moveDown,
  moveUp,
  outdent,
  removeSection,
  type CharCounts,
} from '../../../../electron/core/draft/section-ops';
import { CharTarget } from './CharTarget';
import { SectionHint } from './SectionHint';

/** Nesting shown by indentation, so the outline reads at a glance. */
const INDENT_PX = 24;

export type Field = 'heading' | 'body';

export const countLabel = ({ all, withoutPunctuation }: CharCounts): string =>
  `${all} 字(不含标点 ${withoutPunctuation} 字)`;

/** Only our own section drags are drop targets; text dragged from elsewhere is left to the fields. */
export const SECTION_DRAG = 'application/x-fanshi-section';

/**
 * What a row can do to the draft, by section id. One object that keeps its identity while the
 * writer types, so the rows of the sections not being typed in are not rendered again.
 */
export interface SectionActions {
  apply: (op: (d: Draft) => Draft, focus?: { id: string; field: Field }) => void;
  addAfter: (id: string) => void;
  update: (id: string, patch: { heading: string } | { body: string }) => void;
  setTarget: (id: string, target: number | undefined) => void;
  onKeyDown: (id: string, e: KeyboardEvent<HTMLElement>) => void;
  dragStart: (id: string, e: DragEvent<HTMLElement>) => void;
  dragEnd: () => void;
  dragOver: (id: string, e: DragEvent<HTMLElement>) => void;
  dragLeave: (id: string) => void;
  drop: (id: string, e: DragEvent<HTMLElement>) => void;
}

interface Props {
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
  return (
    <Space.Compact style={{ width: '100%' }}>
      {/* Not aria-hidden: Chromium starts no drag from an element hidden from assistive tech. */}
      <span
        draggable
        data-testid="section-drag"
        title="拖动调整顺序(键盘:Alt+↑ / Alt+↓)"
        style={{ cursor: 'grab', padding: '0 6px', display: 'flex', alignItems: 'center' }}
        onDragStart={(e) => actions.dragStart(id, e)}
        onDragEnd={actions.dragEnd}
      >
        <HolderOutlined />
      </span>
      <Input
        aria-label={`第${n}节标题`}
        data-testid="section-heading"
        data-field="heading"
        // Always a prefix element, empty when unnumbered: antd remounts the input (and
        // loses the caret) when a prefix appears or disappears.
        prefix={<span data-testid="section-marker">{marker}</span>}
        style={{ fontWeight: 600 }}
        value={heading}
        onChange={(e) => actions.update(id, { heading: e.target.value })}
      />
      <Button aria-label={`删除第${n}节`} onClick={() => apply((d) => removeSection(d, id))}>
        删除
      </Button>
    </Space.Compact>
  );
});

/** The outline operations' buttons: they change only when the section can move differently. */
const SectionTools = memo(function SectionTools({
  id,
  n,
  canMoveUp,
  canMoveDown,
  canIndent,
  canOutdent,
  actions,
}: {
  id: string;
  n: number;
  canMoveUp: boolean;
  canMoveDown: boolean;
  canIndent: boolean;
  canOutdent: boolean;
  actions: SectionActions;
}) {
  const { apply } = actions;
  // A Space of its own: the row's Space spaces its direct children only.
  return (
    <Space size={4} wrap>
      <Button
        size="small"
        aria-label={`上移第${n}节`}
        title="上移(Alt+↑)"
        disabled={!canMoveUp}
        onClick={() => apply((d) => moveUp(d, id))}
      >
        上移
      </Button>
      <Button
        size="small"
        aria-label={`下移第${n}节`}
        title="下移(Alt+↓)"
        disabled={!canMoveDown}
        onClick={() => apply((d) => moveDown(d, id))}
      >
        下移
      </Button>
      <Button
        size="small"
        aria-label={`升级第${n}节`}
        disabled={!canOutdent}
        onClick={() => apply((d) => outdent(d, id))}
      >
        升级
      </Button>
      <Button
        size="small"
        aria-label={`降级第${n}节`}
        disabled={!canIndent}
        onClick={() => apply((d) => indent(d, id))}
      >
        降级
      </Button>
      <Button
        size="small"
        aria-label={`添加同级小节,在第${n}节后面`}
        title="添加同级小节(Alt+Enter)"
        onClick={() => actions.addAfter(id)}
      >
        添加同级小节
      </Button>
    </Space>
  );
});

const Hint = memo(SectionHint);

/** One section: heading with its live number, body, 字数 and target, and the outline operations. */
export const SectionRow = memo(function SectionRow({
  section: s,
  n,
  marker,
  canMoveUp,
  canMoveDown,
  canIndent,
  canOutdent,
  chars,
  charsWithoutPunctuation,
  hint,
  isDropTarget,
  actions,
}: Props) {
  return (
    <section
      data-testid="draft-section"
      data-section-id={s.id}
      style={{
        marginTop: 16,
        marginLeft: (Math.max(1, s.level) - 1) * INDENT_PX,
        outline: isDropTarget ? '2px dashed #1677ff' : undefined,
        outlineOffset: 4,
      }}
      onKeyDown={(e) => actions.onKeyDown(s.id, e)}
      onDragOver={(e) => actions.dragOver(s.id, e)}
      onDragLeave={() => actions.dragLeave(s.id)}
      onDrop={(e) => actions.drop(s.id, e)}
    >
      <SectionHeading id={s.id} n={n} marker={marker} heading={s.heading} actions={actions} />
      <Input.TextArea
        aria-label={`第${n}节正文`}
        data-testid="section-body"
        data-field="body"
        // Grown by the browser rather than antd's autoSize, which measures a hidden copy of the
        // whole body on every keystroke (a forced layout of thousands of characters).
        style={{ marginTop: 8, fieldSizing: 'content', minHeight: 'calc(3lh + 10px)' }}
        value={s.body}
        onChange={(e) => actions.update(s.id, { body: e.target.value })}
      />
      <Space size={4} wrap style={{ marginTop: 4 }}>
        <SectionTools
          id={s.id}
          n={n}
          canMoveUp={canMoveUp}
          canMoveDown={canMoveDown}
          canIndent={canIndent}
          canOutdent={canOutdent}
          actions={actions}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="section-count">
          本节 {countLabel({ all: chars, withoutPunctuation: charsWithoutPunctuation })}
        </Typography.Text>
        <CharTarget
          label={`第${n}节`}
          testId="section-target"
          chars={chars}
          target={s.target}
          onChange={(t) => actions.setTarget(s.id, t)}
        />
      </Space>
      <Hint hint={hint} />
    </section>
  );
});
