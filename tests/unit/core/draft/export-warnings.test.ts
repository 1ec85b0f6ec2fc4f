import { describe, expect, it } from 'vitest';
import { exportWarnings } from '../../../../electron/core/draft/export-warnings';
import { safetyDraft, section } from '../../support/fixtures';

describe('exportWarnings', () => {
  it('is empty for a finished draft', () => {
    expect(exportWarnings(safetyDraft())).toEqual([]);
  });

  it.each([
    { text: '在XXX同志的带领下', found: 'XXX' },
    { text: '20__年是关键之年', found: '20__年' },
    { text: '会议定于X月X日召开', found: 'X月X日' },
    { text: '_省各级党组织', found: '_省' },
    { text: '我们观看了《{{作品名称}}》', found: '{{作品名称}}' },
    { text: '由×××主持', found: '×××' },
  ])('names $found and where it is', ({ text, found }) => {
    const draft = safetyDraft({ closing: text });
    expect(exportWarnings(draft)).toEqual([`结尾有待填写的内容“${found}”`]);
  });

  it('lists placeholders in reading order with the part of the draft they are in', () => {
    const draft = safetyDraft({
      title: '20__年工作总结',
      opening: '同志们：\n今天XXX同志来了。',
      sections: [section('s1', 1, '关于_省的情况', '已完成。\n定于X月X日验收。')],
      closing: '谢谢。',
    });
    expect(exportWarnings(draft)).toEqual([
      '标题有待填写的内容“20__年”',
      '开头有待填写的内容“XXX”',
      '第1节标题有待填写的内容“_省”',
      '第1节正文有待填写的内容“X月X日”',
    ]);
  });

  it('lists ten and counts the rest, so a template full of blanks gives one readable message', () => {
    const draft = safetyDraft({ opening: Array.from({ length: 14 }, () => 'XXX').join('\n') });
    const warnings = exportWarnings(draft);
    expect(warnings).toHaveLength(11);
    expect(warnings.at(-1)).toBe('另有 4 处待填写的内容');
  });

  it('does not mistake numbers, dates or Latin words for blanks', () => {
    const draft = safetyDraft({
      closing: '2026年3月5日，1,000名职工参加了Excel和XML培训，观看了X光片展览。',
    });
    expect(exportWarnings(draft)).toEqual([]);
  });
});
