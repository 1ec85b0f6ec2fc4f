import type { Draft, DraftSection } from '../../shared/model';

/*
 * The editor's section operations. The renderer imports this module's values directly (an
 * explicit exception in eslint.config.mjs), so it must stay pure and import nothing but types.
 */

/**
 * The id of the section at `index` (0-based) of a draft made in one go (from a template, a text
 * file or an outline): s1, s2, … Template hints are keyed by these ids, in the editor too.
 */
export const sectionIdAt = (index: number): string => `s${index + 1}`;

/** Levels the editor offers: 一、 / （一） / 1. — deeper outlines read as lists, not headings. */
export const MAX_LEVEL = 3;

/**
 * A frame's field marker as the miner writes it (the one declaration: the miner, the templates and
 * the editor all read it here), and the blank the writer fills in.
 */
export const FRAME_FIELD = '…';
export const BLANK = '____';

/** The heading a new member of a parallel group starts with: its frame, fields left blank. */
export const headingFromFrame = (frame: string): string => frame.split(FRAME_FIELD).join(BLANK);

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Whether `heading` fills `frame` (each '…' standing for any text, blanks included). */
export function fitsFrame(heading: string, frame: string): boolean {
  const pattern = frame.split(FRAME_FIELD).map(escapeRegExp).join('.*?');
  return new RegExp(`^${pattern}$`, 'u').test(heading.trim());
}

/** The first of `frames` that `heading` fills, if any. */
export const frameOf = (heading: string, frames: readonly string[]): string | null =>
  frames.find((f) => fitsFrame(heading, f)) ?? null;

const indexOf = (draft: Draft, id: string): number => draft.sections.findIndex((s) => s.id === id);

/**
 * The frame a new sibling of section `id` starts from: the one its own heading fills, else the
 * one another heading at its level fills (the writer may have reworded this one past its frame).
 */
export function siblingFrame(draft: Draft, id: string, frames: readonly string[]): string | null {
  const like = draft.sections[indexOf(draft, id)];
  if (!like) return null;
  const peers = draft.sections.filter((s) => s.level === like.level && s.id !== id);
  for (const s of [like, ...peers]) {
    const frame = frameOf(s.heading, frames);
    if (frame !== null) return frame;
  }
  return null;
}

/** End (exclusive) of the section at `index` together with the sections nested under it. */
function subtreeEnd(sections: readonly DraftSection[], index: number): number {
  const level = sections[index]?.level ?? 1;
  let end = index + 1;
  while (end < sections.length && (sections[end]?.level ?? 1) > level) end++;
  return end;
}

/** Start of the previous sibling's subtree, or -1 when the section is its parent's first child. */
function previousSibling(sections: readonly DraftSection[], index: number): number {
  const level = sections[index]?.level ?? 1;
  for (let i = index - 1; i >= 0; i--) {
    const l = sections[i]?.level ?? 1;
    if (l === level) return i;
    if (l < level) return -1;
  }
  return -1;
}

const withSections = (draft: Draft, sections: DraftSection[]): Draft => ({ ...draft, sections });

/**
 * Adds an empty sibling after the section `id` and after everything nested under it, so it is
 * a sibling and not a child. With the group's `frame`, the heading starts as that frame.
 */
export function addSiblingAfter(
  draft: Draft,
  id: string,
  newId: string,
  frame: string | null = null,
): Draft {
  const index = indexOf(draft, id);
  const at = index < 0 ? draft.sections.length : subtreeEnd(draft.sections, index);
  const like = draft.sections[index];
  const added: DraftSection = {
    id: newId,
    level: like?.level ?? 1,
    heading: frame === null ? '' : headingFromFrame(frame),
    body: '',
    // A member of a run-in group (一是…。正文) runs in like its siblings.
    ...(like?.inline === undefined ? {} : { inline: like.inline }),
  };
  return withSections(draft, [...draft.sections.slice(0, at), added, ...draft.sections.slice(at)]);
}

/**
 * Removes the section `id` but not what is nested under it: those sections move up a level and
 * take its place, so deleting a heading never deletes the writer's paragraphs below it.
 */
export function removeSection(draft: Draft, id: string): Draft {
  const index = indexOf(draft, id);
  if (index < 0) return draft;
  const end = subtreeEnd(draft.sections, index);
  return withSections(draft, [
    ...draft.sections.slice(0, index),
    ...draft.sections.slice(index + 1, end).map((s) => ({ ...s, level: Math.max(1, s.level - 1) })),
    ...draft.sections.slice(end),
  ]);
}

/** Swaps two adjacent blocks [a, b) and [b, c). */
function swap(draft: Draft, a: number, b: number, c: number): Draft {
  const s = draft.sections;
  return withSections(draft, [...s.slice(0, a), ...s.slice(b, c), ...s.slice(a, b), ...s.slice(c)]);
}

/** Moves the section `id` with its nested sections before its previous sibling; never out of its parent. */
export function moveUp(draft: Draft, id: string): Draft {
  const index = indexOf(draft, id);
  if (index < 0) return draft;
  const prev = previousSibling(draft.sections, index);
  if (prev < 0) return draft;
  return swap(draft, prev, index, subtreeEnd(draft.sections, index));
}

/** Moves the section `id` with its nested sections after its next sibling; never out of its parent. */
export function moveDown(draft: Draft, id: string): Draft {
  const index = indexOf(draft, id);
  if (index < 0) return draft;
  const next = subtreeEnd(draft.sections, index);
  if (draft.sections[next]?.level !== draft.sections[index]?.level) return draft;
  return swap(draft, index, next, subtreeEnd(draft.sections, next));
}

/**
 * Moves the section `id` with its nested sections to where its sibling `targetId` stands (what it
 * passes shifts by one place), as a drag and drop does. Sections of different parents stay put:
 * a drop never changes what a section is nested under.
 */
export function moveToSibling(draft: Draft, id: string, targetId: string): Draft {
  const from = indexOf(draft, id);
  const to = indexOf(draft, targetId);
  if (from < 0 || to < 0 || from === to) return draft;
  const level = draft.sections[from]?.level;
  const between = draft.sections.slice(Math.min(from, to), Math.max(from, to) + 1);
  if (draft.sections[to]?.level !== level || between.some((s) => s.level < (level ?? 1))) {
    return draft;
  }
  const step = to < from ? moveUp : moveDown;
  const passed = (d: Draft): boolean =>
    to < from ? indexOf(d, id) < indexOf(d, targetId) : indexOf(d, id) > indexOf(d, targetId);
  let moved = draft;
  while (!passed(moved)) {
    const next = step(moved, id);
    if (next === moved) return draft;
    moved = next;
  }
  return moved;
}

/** Shifts the section `id` and its nested sections by `delta` levels, when all stay in 1–3. */
function shift(draft: Draft, id: string, delta: 1 | -1): Draft {
  const index = indexOf(draft, id);
  if (index < 0) return draft;
  const end = subtreeEnd(draft.sections, index);
  const block = draft.sections.slice(index, end);
  if (block.some((s) => s.level + delta < 1 || s.level + delta > MAX_LEVEL)) return draft;
  return withSections(draft, [
    ...draft.sections.slice(0, index),
    ...block.map((s) => ({ ...s, level: s.level + delta })),
    ...draft.sections.slice(end),
  ]);
}

/**
 * Makes the section `id` (with its nested sections) a child of its previous sibling; the first
 * child of a parent has nothing to nest under and stays.
 */
export function indent(draft: Draft, id: string): Draft {
  const index = indexOf(draft, id);
  if (previousSibling(draft.sections, index) < 0) return draft;
  return shift(draft, id, 1);
}

/** Makes the section `id` (with its nested sections) a sibling of its parent. */
export const outdent = (draft: Draft, id: string): Draft => shift(draft, id, -1);

export interface SectionMoves {
  up: boolean;
  down: boolean;
  indent: boolean;
  outdent: boolean;
}

/** Which moves change the draft: the editor disables the others' buttons. */
export function sectionMoves(draft: Draft, id: string): SectionMoves {
  return {
    up: moveUp(draft, id) !== draft,
    down: moveDown(draft, id) !== draft,
    indent: indent(draft, id) !== draft,
    outdent: outdent(draft, id) !== draft,
  };
}
