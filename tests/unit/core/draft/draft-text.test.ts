import { describe, expect, it } from 'vitest';
import {
  countChars,
  draftBlocks,
  draftToText,
  numberedHeadings,
  paragraphsOf,
} from '../../../../electron/core/draft/draft-text';
import { textToDraftParts } from '../../../../electron/core/draft/text-to-draft';
import type { Draft, DraftSection, NumberingScheme } from '../../../../electron/shared/model';
import { safetyDraft, section } from '../../support/fixtures';

/** A section whose id is made from its level and heading. */
const part = (level: number, heading: string, body = ''): DraftSection =>
  section(`${level}-${heading}`, level, heading, body);

describe('paragraphsOf', () => {
  it.each([
    { input: '乡村振兴，产业先行。', expected: ['乡村振兴，产业先行。'] },
    { input: '  产业兴旺。\n\n  生态宜居。 \n', expected: ['产业兴旺。', '生态宜居。'] },
    { input: '\n \n', expected: [] },
  ])('$input', ({ input, expected }) => {
    expect(paragraphsOf(input)).toEqual(expected);
  });
});

describe('numberedHeadings', () => {
  it('counts per level and restarts a nested level under each new parent', () => {
    const headings = numberedHeadings({
      numbering: ['一、', '(一)', '1.'],
      sections: [
        part(1, '以产业振兴为基础'),
        part(2, '发展特色种植'),
        part(2, '壮大村级集体经济'),
        part(3, '建设冷链仓储设施'),
        part(1, '以人才振兴为支撑'),
        part(2, '引导能人返乡创业'),
        part(3, '落实创业担保贷款'),
        part(3, '开展技能培训'),
        part(1, '以组织振兴为保障'),
      ],
    });
    expect(headings).toEqual([
      '一、以产业振兴为基础',
      '（一）发展特色种植',
      '（二）壮大村级集体经济',
      '1.建设冷链仓储设施',
      '二、以人才振兴为支撑',
      '（一）引导能人返乡创业',
      '1.落实创业担保贷款',
      '2.开展技能培训',
      '三、以组织振兴为保障',
    ]);
  });

  it('leaves a heading unnumbered when its level has no scheme or the scheme is none', () => {
    expect(
      numberedHeadings({
        numbering: ['none', '1、'],
        sections: [part(1, '思想认识'), part(2, '学原文'), part(3, '悟原理')],
      }),
    ).toEqual(['思想认识', '1、学原文', '悟原理']);
  });
});

describe('draftBlocks and draftToText', () => {
  it('walks title, opening, each heading with its body, then closing, in reading order', () => {
    const blocks = draftBlocks(safetyDraft());
    expect(blocks.map((b) => [b.kind, b.level, b.text])).toEqual([
      ['title', 0, '在全县安全生产工作会议上的讲话'],
      ['paragraph', 0, '同志们：'],
      [
        'paragraph',
        0,
        '今天召开全县安全生产工作会议，主要任务是分析当前形势，部署下一阶段重点工作。',
      ],
      ['heading', 1, '一、提高思想认识，绷紧安全生产这根弦'],
      ['paragraph', 0, '安全生产责任重于泰山，任何时候都不能有丝毫松懈。'],
      ['heading', 2, '（一）压实企业主体责任'],
      ['paragraph', 0, '企业主要负责人是安全生产第一责任人。'],
      ['paragraph', 0, '要逐级签订责任书，层层传导压力。'],
      ['heading', 1, '二、突出重点领域，深化隐患排查整治'],
      ['paragraph', 0, '聚焦道路交通、危险化学品、建筑施工等重点行业领域，开展拉网式排查。'],
      [
        'paragraph',
        0,
        '同志们，安全生产只有起点没有终点。让我们以更加务实的作风，坚决守住安全底线。',
      ],
    ]);
  });

  it('renders one line per block and drops empty ones (an untitled draft starts with its text)', () => {
    const draft = safetyDraft({
      title: '',
      opening: '开展教师培训是提升教育质量的关键。\n\n',
      sections: [part(1, '更新教育理念', '理念是行动的先导。')],
      numbering: ['一、'],
      closing: '',
    });
    expect(draftToText(draft)).toBe(
      '开展教师培训是提升教育质量的关键。\n一、更新教育理念\n理念是行动的先导。',
    );
  });
});

describe('countChars', () => {
  it.each([
    { input: '乡村振兴', expected: 4 },
    { input: '一、 产业兴旺\n\t生态宜居。', expected: 11 },
    { input: '\u3000\u3000', expected: 0 },
  ])('$input → $expected', ({ input, expected }) => {
    expect(countChars(input)).toBe(expected);
  });
});

describe('textToDraftParts', () => {
  const longNumbered =
    '二、这一行虽然也以序号开头，但它超过了四十个字，所以应当作为正文段落保留下来，而不是被当成小标题。';

  it('reads title, opening and numbered headings as sections, levels in order of first appearance', () => {
    const text = [
      '关于推进乡村振兴工作的几点思考',
      '全面推进乡村振兴，是新时代“三农”工作的总抓手。',
      '结合我镇实际，谈几点体会。',
      '一、以产业振兴为基础',
      '（一）发展特色种植',
      '依托山地资源，发展茶叶、中药材等特色产业。',
      '（二）壮大村级集体经济',
      '二、以人才振兴为支撑',
      '1.引导能人返乡创业',
      '落实创业扶持政策，吸引在外人才回乡。',
      longNumbered,
    ].join('\r\n');
    const parts = textToDraftParts(text);
    expect(parts.title).toBe('关于推进乡村振兴工作的几点思考');
    expect(parts.opening).toBe(
      '全面推进乡村振兴，是新时代“三农”工作的总抓手。\n结合我镇实际，谈几点体会。',
    );
    expect(parts.numbering).toEqual(['一、', '(一)', '1.']);
    expect(parts.sections.map((s) => [s.level, s.heading, s.body])).toEqual([
      [1, '以产业振兴为基础', ''],
      [2, '发展特色种植', '依托山地资源，发展茶叶、中药材等特色产业。'],
      [2, '壮大村级集体经济', ''],
      [1, '以人才振兴为支撑', ''],
      [3, '引导能人返乡创业', `落实创业扶持政策，吸引在外人才回乡。\n${longNumbered}`],
    ]);
    expect(new Set(parts.sections.map((s) => s.id)).size).toBe(5);
    expect(parts.closing).toBe('');
  });

  it('keeps a 40-character numbered line as a heading and a 41-character one as a paragraph', () => {
    const heading40 = `一、${'强'.repeat(38)}`;
    const line41 = `二、${'强'.repeat(39)}`;
    const parts = textToDraftParts(['教师培训心得', heading40, line41].join('\n'));
    expect(parts.sections.map((s) => [s.heading, s.body])).toEqual([['强'.repeat(38), line41]]);
  });

  it('takes a closing paragraph out of the last section when the text closes with one', () => {
    const parts = textToDraftParts(
      [
        '安全生产月活动总结',
        '今年六月,公司开展了安全生产月活动。',
        '一、加强宣传',
        '各车间张贴标语,组织知识竞赛。',
        '二、排查隐患',
        '共排查隐患三十二处,全部整改到位。',
        '总之,安全生产只有起点没有终点,我们将常抓不懈。',
      ].join('\n'),
    );
    expect(parts.sections.map((s) => s.body)).toEqual([
      '各车间张贴标语,组织知识竞赛。',
      '共排查隐患三十二处,全部整改到位。',
    ]);
    expect(parts.closing).toBe('总之,安全生产只有起点没有终点,我们将常抓不懈。');
  });

  it('gives text without numbered lines no sections', () => {
    expect(textToDraftParts('标题\n第一段。\n第二段。')).toEqual({
      title: '标题',
      opening: '第一段。\n第二段。',
      sections: [],
      closing: '',
      numbering: [],
    });
  });

  it.each<NumberingScheme>(['一、', '(一)', '1.', '1、', '(1)', '一是', '第一'])(
    'round-trips a draft numbered %s through its text',
    (scheme) => {
      const draft: Draft = safetyDraft({
        numbering: [scheme],
        sections: [
          part(1, '强化组织领导', '成立专项工作领导小组。'),
          part(1, '加强督促检查', '定期通报工作进展。'),
        ],
      });
      const parts = textToDraftParts(draftToText(draft));
      expect(parts.title).toBe(draft.title);
      expect(parts.numbering).toEqual([scheme]);
      expect(parts.sections.map((s) => [s.level, s.heading])).toEqual([
        [1, '强化组织领导'],
        [1, '加强督促检查'],
      ]);
    },
  );
});
