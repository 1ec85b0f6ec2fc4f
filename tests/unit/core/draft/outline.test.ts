import { describe, expect, it } from 'vitest';
import {
  draftFromOutline,
  outlineOfDraft,
  outlineSummary,
} from '../../../../electron/core/draft/outline';
import type { Outline } from '../../../../electron/shared/outline';
import { safetyDraft } from '../../support/fixtures';

describe('outlines of drafts', () => {
  it('keeps title, numbering, levels, headings and section ids, and no body text', () => {
    const draft = safetyDraft({ templateId: 'tpl-1' });
    const parts = outlineOfDraft(draft);
    expect(parts).toEqual({
      title: draft.title,
      numbering: ['一、', '(一)'],
      templateId: 'tpl-1',
      sections: [
        { id: 's1', level: 1, heading: '提高思想认识，绷紧安全生产这根弦' },
        { id: 's2', level: 2, heading: '压实企业主体责任' },
        { id: 's3', level: 1, heading: '突出重点领域，深化隐患排查整治' },
      ],
    });
    const json = JSON.stringify(parts);
    for (const text of [draft.opening, draft.closing, ...draft.sections.map((s) => s.body)]) {
      expect(json).not.toContain(text.split('\n')[0]);
    }
  });

  it('gives a draft the same headings, numbering and template, with every body empty', () => {
    const source = safetyDraft({ templateId: 'tpl-1' });
    const outline: Outline = { id: 'o1', name: '讲话三段', ...outlineOfDraft(source) };
    const draft = draftFromOutline(outline);
    expect(draft.sections.map((s) => [s.id, s.level, s.heading, s.body])).toEqual(
      source.sections.map((s) => [s.id, s.level, s.heading, '']),
    );
    expect(draft).toMatchObject({ title: source.title, opening: '', closing: '' });
    expect(draft.numbering).toEqual(source.numbering);
    expect(draft.templateId).toBe('tpl-1');
  });

  it('carries the 字数 targets, for the draft and each section, into the next draft', () => {
    const base = safetyDraft();
    const [first, ...rest] = base.sections;
    if (!first) throw new Error('fixture has sections');
    const source = { ...base, target: 1800, sections: [{ ...first, target: 600 }, ...rest] };
    const outline: Outline = { id: 'o1', name: '带目标', ...outlineOfDraft(source) };
    const draft = draftFromOutline(outline);
    expect(draft.target).toBe(1800);
    expect(draft.sections.map((s) => s.target)).toEqual([600, undefined, undefined]);
    expect(Object.keys(draft.sections[1] ?? {})).not.toContain('target');
  });

  it('numbers sections of an outline without ids, and never repeats an id', () => {
    const outline: Outline = {
      id: 'o1',
      name: '旧提纲',
      title: '心得体会',
      numbering: ['一、'],
      sections: [
        { level: 1, heading: '学' },
        { id: 's1', level: 1, heading: '思' },
        { id: 's1', level: 1, heading: '践', inline: true },
      ],
    };
    const draft = draftFromOutline(outline);
    expect(draft.sections.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    expect(draft.sections[2]?.inline).toBe(true);
    expect(draft.templateId).toBeNull();
  });

  it('summarises an outline with its numbered, indented headings', () => {
    const outline: Outline = { id: 'o1', name: '讲话三段', ...outlineOfDraft(safetyDraft()) };
    expect(outlineSummary(outline)).toEqual({
      id: 'o1',
      name: '讲话三段',
      title: '在全县安全生产工作会议上的讲话',
      headings: 3,
      skeleton: [
        '一、提高思想认识，绷紧安全生产这根弦',
        '  （一）压实企业主体责任',
        '二、突出重点领域，深化隐患排查整治',
      ],
      updatedAt: null,
    });
  });

  it('refuses a draft without headings', () => {
    expect(() => outlineOfDraft(safetyDraft({ sections: [] }))).toThrow(
      '这篇草稿还没有小标题,没有可保存的提纲',
    );
  });
});
