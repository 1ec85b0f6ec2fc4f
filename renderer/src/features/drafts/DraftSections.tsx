import { Button, Space, Typography } from 'antd';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { Draft } from '../../../../electron/shared/model';
import { sectionMarkers } from '../../../../electron/core/draft/numbering';
import { draftCharCounts } from '../../../../electron/core/draft/draft-text';
import {
  addSiblingAfter,
  indent,
  moveDown,
  moveToSibling,
  moveUp,
  outdent,
  sectionMoves,
  siblingFrame,
} from '../../../../electron/core/draft/section-ops';
import { CountRule } from '../../components/CountRule';
import { useMessages } from '../../i18n/messages';
import { CharTarget } from './CharTarget';
import { sectionMessages } from './section-messages';
import { SECTION_DRAG, SectionRow, type Field, type SectionActions } from './SectionRow';
import type { DraftViewProps } from './draft-view-props';
import type { EditorView } from './editor-view';
import { PageSection } from './page/PageSection';

const newSectionId = (): string =>
  `n-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

interface Props extends Pick<DraftViewProps, 'draft' | 'setDraft' | 'commit' | 'guides'> {
  /** On the page each section is set as it prints, with its tools in the rail beside it. */
  view: EditorView;
  /** On the page: the closing, beside which the rail offers a new section and the whole 字数. */
  closing?: ReactNode;
}

/** The draft's sections: heading with its live number, body, 字数, and the outline operations. */
export function DraftSections({ draft, setDraft, commit, guides, view, closing }: Props) {
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

  // Read by the key and drag handlers rather than closed over, so they keep their identity while
  // typing.
  const current = useRef(draft);
  useEffect(() => {
    current.current = draft;
  }, [draft]);

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
      // Keys typed while an IME is composing belong to the composition (some IMEs report them
      // as the key Process rather than with isComposing).
      if (e.nativeEvent.isComposing || e.key === 'Process') return;
      const field: Field =
        e.target instanceof HTMLElement && e.target.dataset.field === 'body' ? 'body' : 'heading';
      if (e.key === 'Tab' && field === 'heading' && !e.altKey && !e.ctrlKey && !e.metaKey) {
        // In a heading Tab demotes and Shift+Tab promotes, as in an outliner; where the section
        // cannot move that way, Tab moves the focus as anywhere else.
        const d = current.current;
        const moves = sectionMoves(d, id);
        if (e.shiftKey ? !moves.outdent : !moves.indent) return;
        apply((x) => (e.shiftKey ? outdent(x, id) : indent(x, id)), { id, field });
        e.preventDefault();
        return;
      }
      if (!e.altKey) return;
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

  const Row = view === 'page' ? PageSection : SectionRow;
  const tail = (
    <Space style={view === 'page' ? undefined : { marginTop: 16 }} wrap>
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
  );

  return (
    <>
      {draft.sections.map((s, i) => {
        const moves = sectionMoves(draft, s.id);
        const count = counts.sections[i];
        return (
          <Row
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
      {view === 'page' ? (
        <div className="fs-row fs-last">
          <div className="fs-sheet">{closing}</div>
          <div className="fs-rail">{tail}</div>
        </div>
      ) : (
        tail
      )}
    </>
  );
}
