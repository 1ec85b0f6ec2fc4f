import { describe, expect, it } from 'vitest';
import {
  draftBlocks,
  draftToText,
  type DraftBlock,
} from '../../../../electron/core/draft/draft-text';
import type { DraftSection } from '../../../../electron/shared/model';
import { safetyDraft } from '../../support/fixtures';

const sections = (...list: Array<Omit<DraftSection, 'id'>>): DraftSection[] =>
  list.map((s, i) => ({ ...s, id: `s${i + 1}` }));

/** The blocks as they read; where their text was typed is tested with the report's spots. */
const withoutSources = (blocks: DraftBlock[]) => blocks.map(({ sources: _, ...b }) => b);

describe('inline headings in draftBlocks', () => {
  it('runs a section marked inline into its first paragraph, keeping the heading as the lead', () => {
    const draft = safetyDraft({
      opening: '',
      closing: '',
      numbering: ['一是'],
      sections: sections(
        { level: 1, heading: '强化组织领导。', body: '成立工作专班。\n定期调度。', inline: true },
        { level: 1, heading: '压实工作责任', body: '签订责任书。', inline: true },
      ),
    });
    expect(withoutSources(draftBlocks(draft).slice(1))).toEqual([
      {
        kind: 'paragraph',
        level: 1,
        text: '一是强化组织领导。成立工作专班。',
        lead: '一是强化组织领导。',
      },
      { kind: 'paragraph', level: 0, text: '定期调度。' },
      {
        kind: 'paragraph',
        level: 1,
        text: '二是压实工作责任签订责任书。',
        lead: '二是压实工作责任',
      },
    ]);
  });

  it.each([
    { heading: '战就要“轻装上阵”，杜绝“层层加码”。', inline: undefined, expected: true },
    { heading: '这样做行吗？', inline: undefined, expected: true },
    { heading: '提高思想认识', inline: undefined, expected: false },
    { heading: '提高思想认识。', inline: false, expected: false },
    { heading: '提高思想认识', inline: true, expected: true },
  ])('"$heading" with inline=$inline is inline: $expected', ({ heading, inline, expected }) => {
    const section: DraftSection = {
      id: 's1',
      level: 1,
      heading,
      body: '正文。',
      ...(inline === undefined ? {} : { inline }),
    };
    const draft = safetyDraft({ opening: '', closing: '', numbering: [], sections: [section] });
    expect(draftBlocks(draft)[1]?.lead !== undefined).toBe(expected);
  });

  it('keeps an inline heading with no body as a paragraph of its own', () => {
    const draft = safetyDraft({
      opening: '',
      closing: '',
      numbering: [],
      sections: sections({ level: 1, heading: '一要提高认识。', body: '' }),
    });
    expect(withoutSources(draftBlocks(draft).slice(1, 2))[0]).toEqual({
      kind: 'paragraph',
      level: 1,
      text: '一要提高认识。',
      lead: '一要提高认识。',
    });
  });

  it('reads as text the way the document prints: heading and body on one line', () => {
    const draft = safetyDraft({
      opening: '',
      closing: '',
      numbering: ['none'],
      sections: sections({ level: 1, heading: '学思想。', body: '深入学习。\n学以致用。' }),
    });
    expect(draftToText(draft)).toBe(
      '在全县安全生产工作会议上的讲话\n学思想。深入学习。\n学以致用。',
    );
  });
});
