import { describe, expect, it } from 'vitest';
import { sectionMarkers } from '../../../../electron/core/draft/numbering';
import {
  addSiblingAfter,
  fitsFrame,
  frameOf,
  headingFromFrame,
  indent,
  moveDown,
  moveToSibling,
  moveUp,
  outdent,
  removeSection,
  sectionMoves,
  siblingFrame,
} from '../../../../electron/core/draft/section-ops';
import type { Draft } from '../../../../electron/shared/model';
import { section } from '../../support/fixtures';

/** A 安全生产 speech: two parts, the first with two points, the second with one point. */
const safety: Draft = {
  id: 'd-safety',
  title: '在全县安全生产工作会议上的讲话',
  templateId: null,
  opening: '同志们：',
  sections: [
    section('a', 1, '提高思想认识，绷紧安全生产这根弦'),
    section('a1', 2, '认清严峻形势'),
    section('a2', 2, '压实主体责任'),
    section('b', 1, '突出工作重点，全力防范重大风险'),
    section('b1', 2, '抓好道路交通安全'),
  ],
  closing: '同志们，安全生产只有起点，没有终点。',
  numbering: ['一、', '(一)'],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

const outline = (d: Draft): string[] => d.sections.map((s) => `${s.level}:${s.id}`);

/** The speech's outline as it is, and after its two parts or the first part's points swap. */
const UNCHANGED = ['1:a', '2:a1', '2:a2', '1:b', '2:b1'];
const PARTS_SWAPPED = ['1:b', '2:b1', '1:a', '2:a1', '2:a2'];
const POINTS_SWAPPED = ['1:a', '2:a2', '2:a1', '1:b', '2:b1'];

describe('section moves', () => {
  it.each([
    {
      name: 'a part moves up with its points',
      op: (d: Draft) => moveUp(d, 'b'),
      expected: PARTS_SWAPPED,
    },
    {
      name: 'a part moves down with its points',
      op: (d: Draft) => moveDown(d, 'a'),
      expected: PARTS_SWAPPED,
    },
    {
      name: 'a point moves up among its siblings',
      op: (d: Draft) => moveUp(d, 'a2'),
      expected: POINTS_SWAPPED,
    },
    {
      name: 'a part dropped on the part above takes its place, points and all',
      op: (d: Draft) => moveToSibling(d, 'b', 'a'),
      expected: PARTS_SWAPPED,
    },
    {
      name: 'a part dropped on the part below goes after it and its points',
      op: (d: Draft) => moveToSibling(d, 'a', 'b'),
      expected: PARTS_SWAPPED,
    },
    {
      name: 'a point dropped on its sibling swaps with it',
      op: (d: Draft) => moveToSibling(d, 'a1', 'a2'),
      expected: POINTS_SWAPPED,
    },
    {
      name: 'a point dropped on a point of another part stays in its own',
      op: (d: Draft) => moveToSibling(d, 'b1', 'a1'),
      expected: UNCHANGED,
    },
    {
      name: 'a part dropped on a point stays put',
      op: (d: Draft) => moveToSibling(d, 'b', 'a2'),
      expected: UNCHANGED,
    },
    {
      name: 'the first point does not leave its part',
      op: (d: Draft) => moveUp(d, 'b1'),
      expected: UNCHANGED,
    },
    {
      name: 'the last point does not leave its part',
      op: (d: Draft) => moveDown(d, 'a2'),
      expected: UNCHANGED,
    },
    {
      name: 'the last part stays last',
      op: (d: Draft) => moveDown(d, 'b'),
      expected: UNCHANGED,
    },
    {
      name: 'indenting a part nests it and its points under the previous part',
      op: (d: Draft) => indent(d, 'b'),
      expected: ['1:a', '2:a1', '2:a2', '2:b', '3:b1'],
    },
    {
      name: 'a first child cannot be indented',
      op: (d: Draft) => indent(d, 'a1'),
      expected: UNCHANGED,
    },
    {
      name: 'indenting a point makes it a level-3 item',
      op: (d: Draft) => indent(d, 'a2'),
      expected: ['1:a', '2:a1', '3:a2', '1:b', '2:b1'],
    },
    {
      name: 'outdenting a point makes it a part',
      op: (d: Draft) => outdent(d, 'a2'),
      expected: ['1:a', '2:a1', '1:a2', '1:b', '2:b1'],
    },
    {
      name: 'a part cannot be outdented',
      op: (d: Draft) => outdent(d, 'a'),
      expected: UNCHANGED,
    },
    {
      name: 'removing a part lifts its points into its place',
      op: (d: Draft) => removeSection(d, 'a'),
      expected: ['1:a1', '1:a2', '1:b', '2:b1'],
    },
    {
      name: 'removing a point removes only it',
      op: (d: Draft) => removeSection(d, 'a1'),
      expected: ['1:a', '2:a2', '1:b', '2:b1'],
    },
    {
      name: 'a sibling is added after the part and its points',
      op: (d: Draft) => addSiblingAfter(d, 'a', 'new'),
      expected: ['1:a', '2:a1', '2:a2', '1:new', '1:b', '2:b1'],
    },
    {
      name: 'a sibling point is added right after the point',
      op: (d: Draft) => addSiblingAfter(d, 'a1', 'new'),
      expected: ['1:a', '2:a1', '2:new', '2:a2', '1:b', '2:b1'],
    },
  ])('$name', ({ op, expected }) => {
    const before = outline(safety);
    expect(outline(op(safety))).toEqual(expected);
    // The draft passed in is never changed.
    expect(outline(safety)).toEqual(before);
  });

  it('a drop carries a section past several siblings at once', () => {
    const flat: Draft = {
      ...safety,
      sections: ['p', 'q', 'r', 's'].map((id) => section(id, 1, id)),
    };
    expect(outline(moveToSibling(flat, 's', 'p'))).toEqual(['1:s', '1:p', '1:q', '1:r']);
    expect(outline(moveToSibling(flat, 'p', 'r'))).toEqual(['1:q', '1:r', '1:p', '1:s']);
    expect(moveToSibling(flat, 'q', 'q')).toBe(flat);
  });

  it('stops at level 3', () => {
    const deep = indent(indent(safety, 'a2'), 'b');
    expect(outline(deep)).toEqual(['1:a', '2:a1', '3:a2', '2:b', '3:b1']);
    const nested = indent(deep, 'b');
    expect(nested).toBe(deep);
  });

  it('returns the same draft when nothing moves, which the editor reads as a disabled button', () => {
    expect(sectionMoves(safety, 'a')).toEqual({
      up: false,
      down: true,
      indent: false,
      outdent: false,
    });
    expect(sectionMoves(safety, 'a2')).toEqual({
      up: true,
      down: false,
      indent: true,
      outdent: true,
    });
  });

  it('renumbers after a move', () => {
    expect(sectionMarkers(safety)).toEqual(['一、', '（一）', '（二）', '二、', '（一）']);
    expect(sectionMarkers(moveUp(safety, 'a2'))).toEqual([
      '一、',
      '（一）',
      '（二）',
      '二、',
      '（一）',
    ]);
    expect(
      moveUp(safety, 'a2')
        .sections.map((s) => s.heading)
        .slice(1, 3),
    ).toEqual(['压实主体责任', '认清严峻形势']);
    expect(sectionMarkers(outdent(safety, 'a2'))).toEqual([
      '一、',
      '（一）',
      '二、',
      '三、',
      '（一）',
    ]);
  });
});

describe('frames', () => {
  /** A 教师培训 心得 whose three run-in headings share one frame. */
  const frame = '坚持以“…”为引领，做到“…”。';
  const training: Draft = {
    ...safety,
    id: 'd-training',
    title: '参加暑期教师培训心得体会',
    numbering: ['一是'],
    sections: [
      { ...section('t1', 1, '坚持以“师德”为引领，做到“言传身教”。'), inline: true },
      { ...section('t2', 1, '坚持以“学生”为引领，做到“因材施教”。'), inline: true },
    ],
  };

  it.each([
    { frame: '战就要“…”，杜绝“…”。', expected: '战就要“____”，杜绝“____”。' },
    { frame: '以…为基础', expected: '以____为基础' },
    { frame: '增强责任意识', expected: '增强责任意识' },
  ])('$frame → $expected', ({ frame: f, expected }) => {
    expect(headingFromFrame(f)).toBe(expected);
  });

  it.each([
    { heading: '坚持以“师德”为引领，做到“言传身教”。', fits: true },
    { heading: '坚持以“____”为引领，做到“____”。', fits: true },
    { heading: '坚持立德树人', fits: false },
  ])('$heading fits the frame: $fits', ({ heading, fits }) => {
    expect(fitsFrame(heading, frame)).toBe(fits);
  });

  it('finds the frame a heading fills among several', () => {
    expect(frameOf('以产业振兴为基础', ['坚持以“…”为引领，做到“…”。', '以…为基础'])).toBe(
      '以…为基础',
    );
    expect(frameOf('提高思想认识', ['以…为基础'])).toBeNull();
  });

  it.each([
    { name: 'its own frame', draft: training, id: 't1', expected: frame },
    {
      name: 'a peer frame when the heading was reworded',
      draft: {
        ...training,
        sections: [section('t1', 1, '立德树人'), ...training.sections.slice(1)],
      },
      id: 't1',
      expected: frame,
    },
    { name: 'no frame outside a group', draft: safety, id: 'a', expected: null },
  ])('the sibling frame: $name', ({ draft, id, expected }) => {
    expect(siblingFrame(draft, id, ['以…为基础', frame])).toBe(expected);
  });

  it('a new sibling takes the group frame with blanks and runs in like its siblings', () => {
    const added = addSiblingAfter(training, 't2', 't3', frame).sections[2];
    expect(added).toEqual({
      id: 't3',
      level: 1,
      heading: '坚持以“____”为引领，做到“____”。',
      body: '',
      inline: true,
    });
    expect(sectionMarkers(addSiblingAfter(training, 't1', 't3', frame))).toEqual([
      '一是',
      '二是',
      '三是',
    ]);
  });
});
