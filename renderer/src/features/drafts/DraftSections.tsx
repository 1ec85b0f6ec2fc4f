import { Button, Input, Space, Typography } from 'antd';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  type Dispatch,
  type KeyboardEvent,
  type SetStateAction,
} from 'react';
import type { Draft } from '../../../../electron/shared/model';
import { sectionMarkers } from '../../../../electron/core/draft/numbering';
import {
  addSiblingAfter,
  draftCharCounts,
  indent,
  moveDown,
  moveUp,
  outdent,
  removeSection,
  sectionMoves,
  siblingFrame,
  type CharCounts,
} from '../../../../electron/core/draft/section-ops';
import { SectionHint } from './SectionHint';
import type { SectionGuides } from './use-section-hints';

const newSectionId = (): string =>
  `n-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Nesting shown by indentation, so the outline reads at a glance. */
const INDENT_PX = 24;

type Field = 'heading' | 'body';

const countLabel = ({ all, withoutPunctuation }: CharCounts): string =>
  `${all} 字(不含标点 ${withoutPunctuation} 字)`;

interface Props {
  draft: Draft;
  setDraft: Dispatch<SetStateAction<Draft | null>>;
  guides: SectionGuides;
}

/** The draft's sections: heading with its live number, body, 字数, and the outline operations. */
export function DraftSections({ draft, setDraft, guides }: Props) {
  // Reordering moves the section's DOM nodes, which drops the caret; it is put back after render.
  const refocus = useRef<{ id: string; field: Field } | null>(null);
  useEffect(() => {
    const target = refocus.current;
    if (!target) return;
    refocus.current = null;
    document
      .querySelector<HTMLElement>(`[data-section-id="${target.id}"] [data-field="${target.field}"]`)
      ?.focus();
  }, [draft.sections]);

  const apply = useCallback(
    (op: (d: Draft) => Draft, focus?: { id: string; field: Field }) => {
      if (focus) refocus.current = focus;
      setDraft((d) => (d ? op(d) : d));
    },
    [setDraft],
  );

  const addAfter = useCallback(
    (id: string) => {
      const newId = newSectionId();
      apply((d) => addSiblingAfter(d, id, newId, siblingFrame(d, id, guides.frames)), {
        id: newId,
        field: 'heading',
      });
    },
    [apply, guides.frames],
  );

  const updateSection = useCallback(
    (id: string, patch: { heading: string } | { body: string }) =>
      setDraft((d) =>
        d ? { ...d, sections: d.sections.map((s) => (s.id === id ? { ...s, ...patch } : s)) } : d,
      ),
    [setDraft],
  );

  const onKeyDown = useCallback(
    (id: string, e: KeyboardEvent<HTMLElement>) => {
      // Keys typed while an IME is composing belong to the composition.
      if (!e.altKey || e.nativeEvent.isComposing) return;
      const field: Field = e.target instanceof HTMLTextAreaElement ? 'body' : 'heading';
      if (e.key === 'ArrowUp') apply((d) => moveUp(d, id), { id, field });
      else if (e.key === 'ArrowDown') apply((d) => moveDown(d, id), { id, field });
      else if (e.key === 'Enter') addAfter(id);
      else return;
      e.preventDefault();
    },
    [addAfter, apply],
  );

  const markers = useMemo(() => sectionMarkers(draft), [draft]);
  const counts = useMemo(() => draftCharCounts(draft), [draft]);

  return (
    <>
      {draft.sections.map((s, i) => {
        const n = i + 1;
        const moves = sectionMoves(draft, s.id);
        const sectionCount = counts.sections[i];
        return (
          <section
            key={s.id}
            data-testid="draft-section"
            data-section-id={s.id}
            style={{ marginTop: 16, marginLeft: (Math.max(1, s.level) - 1) * INDENT_PX }}
            onKeyDown={(e) => onKeyDown(s.id, e)}
          >
            <Space.Compact style={{ width: '100%' }}>
              <Input
                aria-label={`第${n}节标题`}
                data-testid="section-heading"
                data-field="heading"
                // Always a prefix element, empty when unnumbered: antd remounts the input (and
                // loses the caret) when a prefix appears or disappears.
                prefix={<span data-testid="section-marker">{markers[i]}</span>}
                style={{ fontWeight: 600 }}
                value={s.heading}
                onChange={(e) => updateSection(s.id, { heading: e.target.value })}
              />
              <Button
                aria-label={`删除第${n}节`}
                onClick={() => apply((d) => removeSection(d, s.id))}
              >
                删除
              </Button>
            </Space.Compact>
            <Input.TextArea
              aria-label={`第${n}节正文`}
              data-testid="section-body"
              data-field="body"
              autoSize={{ minRows: 3 }}
              style={{ marginTop: 8 }}
              value={s.body}
              onChange={(e) => updateSection(s.id, { body: e.target.value })}
            />
            <Space size={4} wrap style={{ marginTop: 4 }}>
              <Button
                size="small"
                aria-label={`上移第${n}节`}
                title="上移(Alt+↑)"
                disabled={!moves.up}
                onClick={() => apply((d) => moveUp(d, s.id))}
              >
                上移
              </Button>
              <Button
                size="small"
                aria-label={`下移第${n}节`}
                title="下移(Alt+↓)"
                disabled={!moves.down}
                onClick={() => apply((d) => moveDown(d, s.id))}
              >
                下移
              </Button>
              <Button
                size="small"
                aria-label={`升级第${n}节`}
                disabled={!moves.outdent}
                onClick={() => apply((d) => outdent(d, s.id))}
              >
                升级
              </Button>
              <Button
                size="small"
                aria-label={`降级第${n}节`}
                disabled={!moves.indent}
                onClick={() => apply((d) => indent(d, s.id))}
              >
                降级
              </Button>
              <Button
                size="small"
                aria-label={`在第${n}节后面添加同级小节`}
                title="添加同级小节(Alt+Enter)"
                onClick={() => addAfter(s.id)}
              >
                在后面添加同级小节
              </Button>
              {sectionCount && (
                <Typography.Text
                  type="secondary"
                  style={{ fontSize: 12 }}
                  data-testid="section-count"
                >
                  本节 {countLabel(sectionCount)}
                </Typography.Text>
              )}
            </Space>
            <SectionHint hint={guides.hints.get(s.id)} />
          </section>
        );
      })}
      <Space style={{ marginTop: 16 }} wrap>
        <Button
          onClick={() => {
            const newId = newSectionId();
            // No id matches '': the new section goes last, at the outermost level.
            apply((d) => addSiblingAfter(d, '', newId), { id: newId, field: 'heading' });
          }}
        >
          添加一节
        </Button>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="draft-count">
          全文 {countLabel(counts.total)}
        </Typography.Text>
      </Space>
    </>
  );
}
