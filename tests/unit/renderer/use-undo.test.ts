import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../electron/shared/model';
import {
  draftChangeKey,
  initialUndoState,
  undoReducer,
  type UndoAction,
  type UndoState,
} from '../../../renderer/src/features/drafts/use-undo';

const draft: Draft = {
  id: 'd1',
  title: '标题',
  templateId: null,
  opening: '开头',
  sections: [
    { id: 's1', level: 1, heading: '一', body: '甲' },
    { id: 's2', level: 1, heading: '二', body: '乙' },
  ],
  closing: '结尾',
  numbering: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

type S = UndoState<Draft | null>;
const run = (state: S, ...actions: UndoAction<Draft | null>[]): S =>
  actions.reduce((s, a) => undoReducer(s, a, { changeKey: draftChangeKey }), state);
const title = (t: string, at: number): UndoAction<Draft | null> => ({
  type: 'set',
  next: (d) => (d ? { ...d, title: t } : d),
  at,
});
const addSection = (at: number): UndoAction<Draft | null> => ({
  type: 'set',
  next: (d) =>
    d ? { ...d, sections: [...d.sections, { id: 's3', level: 1, heading: '三', body: '' }] } : d,
  at,
});

describe('undoReducer', () => {
  it('merges quick typing in one field into one step and redoes it', () => {
    const s = run(
      initialUndoState<Draft | null>(draft),
      title('标题一', 1000),
      title('标题一二', 1200),
    );
    expect(s.past).toHaveLength(1);
    const undone = run(s, { type: 'undo' });
    expect(undone.present?.title).toBe('标题');
    expect(run(undone, { type: 'redo' }).present?.title).toBe('标题一二');
  });

  it('starts a new step after a pause or in another field', () => {
    const paused = run(initialUndoState<Draft | null>(draft), title('A', 1000), title('AB', 1600));
    expect(paused.past).toHaveLength(2);
    const other = run(initialUndoState<Draft | null>(draft), title('A', 1000), {
      type: 'set',
      next: (d) => (d ? { ...d, opening: '新开头' } : d),
      at: 1100,
    });
    expect(other.past).toHaveLength(2);
  });

  it('makes each structural change its own step, even in quick succession', () => {
    const s = run(initialUndoState<Draft | null>(draft), title('A', 1000), addSection(1100));
    expect(s.past).toHaveLength(2);
    const undone = run(s, { type: 'undo' });
    expect(undone.present?.sections).toHaveLength(2);
    expect(undone.present?.title).toBe('A');
  });

  it('drops the redo stack on a new edit and ignores undo/redo at the ends', () => {
    const start = initialUndoState<Draft | null>(draft);
    expect(run(start, { type: 'undo' })).toBe(start);
    expect(run(start, { type: 'redo' })).toBe(start);
    const s = run(start, title('A', 1000), { type: 'undo' }, title('B', 5000));
    expect(s.future).toHaveLength(0);
    expect(s.present?.title).toBe('B');
  });

  it('caps the history, keeping the newest steps', () => {
    let s = initialUndoState<Draft | null>(draft);
    for (let i = 0; i < 150; i += 1) s = run(s, title(`t${i}`, i * 1000));
    expect(s.past).toHaveLength(100);
    expect(s.past[0]?.title).toBe('t49');
  });

  it('a reset forgets the history (loading a draft is not an undoable step)', () => {
    const s = run(initialUndoState<Draft | null>(null), { type: 'reset', present: draft });
    expect(s.past).toHaveLength(0);
    expect(s.present).toBe(draft);
  });
});

describe('draftChangeKey', () => {
  it('names one changed field and gives null for structure or several fields', () => {
    const body = {
      ...draft,
      sections: draft.sections.map((s) => (s.id === 's2' ? { ...s, body: '乙乙' } : s)),
    };
    expect(draftChangeKey(draft, body)).toBe('s2.body');
    expect(draftChangeKey(draft, { ...draft, closing: 'x' })).toBe('closing');
    expect(draftChangeKey(draft, { ...draft, sections: [...draft.sections].reverse() })).toBeNull();
    expect(draftChangeKey(draft, { ...draft, title: 'x', closing: 'y' })).toBeNull();
  });
});

describe('a separate step (an inserted phrase)', () => {
  it('is undone alone, although typed into the same field just before and after', () => {
    const insert: UndoAction<Draft | null> = {
      type: 'set',
      next: (d) => (d ? { ...d, title: `${d.title}凝心聚力` } : d),
      at: 1_100,
      separate: true,
    };
    const typed = run(initialUndoState<Draft | null>(draft), title('标题甲', 1_000), insert);
    const after = run(typed, {
      type: 'set',
      next: (d) => (d ? { ...d, title: `${d.title}乙` } : d),
      at: 1_200,
    });
    expect(after.present?.title).toBe('标题甲凝心聚力乙');
    const once = run(after, { type: 'undo' });
    expect(once.present?.title).toBe('标题甲凝心聚力');
    const twice = run(once, { type: 'undo' });
    expect(twice.present?.title).toBe('标题甲');
  });
});
