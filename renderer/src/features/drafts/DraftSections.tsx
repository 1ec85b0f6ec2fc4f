import { Button, Space, Typography } from 'antd';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type Dispatch,
  type DragEvent,
  type KeyboardEvent,
  type SetStateAction,
} from 'react';
import type { Draft } from '../../../../electron/shared/model';
import { sectionMarkers } from '../../../../electron/core/draft/numbering';
import { draftCharCounts } from '../../../../electron/core/draft/draft-text';
import {
  addSiblingAfter,
  moveDown,
  moveToSibling,
  moveUp,
  sectionMoves,
  siblingFrame,
} from '../../../../electron/core/draft/section-ops';
import { CountRule } from '../../components/CountRule';
import { useMessages } from '../../i18n/messages';
import { CharTarget } from './CharTarget';
import { sectionMessages } from './section-messages';
import { SECTION_DRAG, SectionRow, type Field, type SectionActions } from './SectionRow';
import type { SectionGuides } from './use-section-hints';

const newSectionId = (): string =>
  `n-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

interface Props {
  draft: Draft;
  setDraft: Dispatch<SetStateAction<Draft | null>>;
  /** A change that is one undo step of its own (a word chosen in an input method). */
  commit: Dispatch<SetStateAction<Draft | null>>;
  guides: SectionGuides;
}

/** The draft's sections: heading with its live number, body, 字数, and the outline operations. */
export function DraftSections({ draft, setDraft, commit, guides }: Props) {
  const t = useMessages(sectionMessages);
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
    (id: string, patch: { heading: string } | { body: string }, chosen: boolean) =>
      (chosen ? commit : setDraft)((d) =>
        d ? { ...d, sections: d.sections.map((s) => (s.id === id ? { ...s, ...patch } : s)) } : d,
      ),
    [commit, setDraft],
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

  // The dragged section's id: dragover events may not read the drag data, only its types.
  const dragged = useRef<string | null>(null);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  // Read by the drag handlers rather than closed over, so they keep their identity while typing.
  const current = useRef(draft);
  useEffect(() => {
    current.current = draft;
  }, [draft]);
  const canDrop = useCallback((targetId: string): boolean => {
    const d = current.current;
    return dragged.current !== null && moveToSibling(d, dragged.current, targetId) !== d;
  }, []);
  const drag = useMemo(
    () => ({
      dragStart: (id: string, e: DragEvent<HTMLElement>) => {
        dragged.current = id;
        e.dataTransfer.setData(SECTION_DRAG, id);
        e.dataTransfer.effectAllowed = 'move';
      },
      dragEnd: () => {
        dragged.current = null;
        setDropTarget(null);
      },
      dragOver: (id: string, e: DragEvent<HTMLElement>) => {
        if (!e.dataTransfer.types.includes(SECTION_DRAG) || !canDrop(id)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setDropTarget(id);
      },
      dragLeave: (id: string) => setDropTarget((prev) => (prev === id ? null : prev)),
      drop: (id: string, e: DragEvent<HTMLElement>) => {
        const from = dragged.current;
        setDropTarget(null);
        if (from === null || !e.dataTransfer.types.includes(SECTION_DRAG)) return;
        e.preventDefault();
        apply((d) => moveToSibling(d, from, id));
      },
    }),
    [apply, canDrop],
  );

  const setTarget = useCallback(
    (id: string, target: number | undefined) =>
      setDraft((d) =>
        d
          ? {
              ...d,
              sections: d.sections.map((s) => {
                if (s.id !== id) return s;
                const { target: _old, ...rest } = s;
                return target === undefined ? rest : { ...rest, target };
              }),
            }
          : d,
      ),
    [setDraft],
  );
  const setTotalTarget = useCallback(
    (target: number | undefined) =>
      setDraft((d) => {
        if (!d) return d;
        const { target: _old, ...rest } = d;
        return target === undefined ? rest : { ...rest, target };
      }),
    [setDraft],
  );

  const actions = useMemo<SectionActions>(
    () => ({ apply, addAfter, update: updateSection, setTarget, onKeyDown, ...drag }),
    [apply, addAfter, updateSection, setTarget, onKeyDown, drag],
  );

  const markers = useMemo(() => sectionMarkers(draft), [draft]);
  const counts = useMemo(() => draftCharCounts(draft), [draft]);

  return (
    <>
      {draft.sections.map((s, i) => {
        const moves = sectionMoves(draft, s.id);
        const count = counts.sections[i];
        return (
          <SectionRow
            key={s.id}
            section={s}
            n={i + 1}
            marker={markers[i]}
            canMoveUp={moves.up}
            canMoveDown={moves.down}
            canIndent={moves.indent}
            canOutdent={moves.outdent}
            chars={count?.all ?? 0}
            charsWithoutPunctuation={count?.withoutPunctuation ?? 0}
            hint={guides.hints.get(s.id)}
            isDropTarget={dropTarget === s.id}
            actions={actions}
          />
        );
      })}
      <Space style={{ marginTop: 16 }} wrap>
        <Button
          onClick={() => {
            const newId = newSectionId();
            apply(
              (d) => {
                // A sibling of the last outermost section, as 添加同级小节 makes one: the group's
                // frame and its run-in kept; with no section yet (no id matches '') a blank one.
                const outer = Math.min(...d.sections.map((s) => s.level));
                const last = d.sections.findLast((s) => s.level === outer);
                return last
                  ? addSiblingAfter(d, last.id, newId, siblingFrame(d, last.id, guides.frames))
                  : addSiblingAfter(d, '', newId);
              },
              { id: newId, field: 'heading' },
            );
          }}
        >
          {t.addSection}
        </Button>
        <span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="draft-count">
            {t.draftCount(counts.total)}
          </Typography.Text>
          <CountRule />
        </span>
        <CharTarget
          label={t.draftTarget}
          testId="draft-target"
          chars={counts.total.all}
          target={draft.target}
          onChange={setTotalTarget}
        />
      </Space>
    </>
  );
}
