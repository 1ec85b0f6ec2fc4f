import { describe, expect, it } from 'vitest';
import { essayHeader } from '../../../../electron/core/templates/essay-header';
import { essayParts } from '../../../../electron/core/templates/essay-parts';
import type { EssayAnalysis, Heading } from '../../../../electron/shared/analysis';

/** An analysed essay of our own, written out as the miner reports one. */
function essay(
  paragraphs: string[],
  headings: Heading[],
  title = '我的邻居',
  closingParagraph?: number,
): EssayAnalysis {
  return {
    ...(closingParagraph === undefined ? {} : { closing_paragraph: closingParagraph }),
    title,
    start: { line: 3, text: paragraphs[0]?.slice(0, 12) ?? '' },
    end: { line: 3 + paragraphs.length, text: '' },
    genre: '心得体会',
    headings,
    parallel_groups: [],
    numbering: [],
    opening_formula: null,
    closing_first_words: null,
    paragraphs: paragraphs.map((text, i) => ({ line: 3 + 2 * i, text })),
  };
}

const inline = (text: string): Heading => ({ level: 1, kind: 'inline', text });
const line = (text: string, marker: string, at: number): Heading => ({
  level: 1,
  kind: 'line',
  text: `${marker}${text}`,
  marker,
  line: at,
});

describe('essayParts: each section’s hint is its own body, the closing its own part', () => {
  it('finds headings that do not open their paragraph, so no hint runs into the next', () => {
    const e = essay(
      [
        '搬进新小区三年，邻居们教会了我很多。',
        '楼下的王阿姨每天清晨打扫楼道。我愿做一个勤快的人。她说干净的楼道大家都舒服。',
        '她从不张扬，也不求回报。我愿做一个热心的人。谁家有事她都第一个到。',
        '邻里之间的温暖就藏在这些小事里。我愿做一个守信的人。答应别人的事一定做到。',
        '远亲不如近邻，愿我们的楼道永远这样温暖。',
      ],
      [
        inline('我愿做一个勤快的人。'),
        inline('我愿做一个热心的人。'),
        inline('我愿做一个守信的人。'),
      ],
      '我的邻居',
      4,
    );
    expect(essayParts(e)).toEqual({
      hints: [
        '她说干净的楼道大家都舒服。\n她从不张扬，也不求回报。',
        '谁家有事她都第一个到。\n邻里之间的温暖就藏在这些小事里。',
        '答应别人的事一定做到。',
      ],
      closing: '远亲不如近邻，愿我们的楼道永远这样温暖。',
    });
  });

  it('takes out the closing paragraph the miner marked, and only that', () => {
    const paragraphs = [
      '开头一段。',
      '一、认真学',
      '学的内容。',
      '二、用心做',
      '做的内容。',
      '总之，这次学习很有收获。',
    ];
    const headings = [line('认真学', '一、', 5), line('用心做', '二、', 9)];
    expect(essayParts(essay(paragraphs, headings, '学习心得', 5))).toEqual({
      hints: ['学的内容。', '做的内容。'],
      closing: '总之，这次学习很有收获。',
    });
    expect(essayParts(essay(paragraphs, headings, '学习心得'))).toEqual({
      hints: ['学的内容。', '做的内容。\n总之，这次学习很有收获。'],
      closing: null,
    });
  });

  it('leaves the last paragraph to the last section when nothing sets it apart', () => {
    const e = essay(
      [
        '开头一段。',
        '一、认真学',
        '学的内容。',
        '学的体会。',
        '二、用心做',
        '做的内容。',
        '做的体会。',
      ],
      [line('认真学', '一、', 5), line('用心做', '二、', 11)],
    );
    expect(essayParts(e)).toEqual({
      hints: ['学的内容。\n学的体会。', '做的内容。\n做的体会。'],
      closing: null,
    });
  });
});

describe('essayHeader: the subtitle under the title', () => {
  const body = essay(['上周，我们参加了培训。', '一、学', '内容。', '二、做', '内容。'], []);

  it('reads a dash line between the title and the first paragraph', () => {
    const lines = ['我的邻居', '——写给楼里的热心人', '', '上周，我们参加了培训。'];
    const e = { ...body, paragraphs: body.paragraphs?.map((p, i) => ({ ...p, line: 4 + i })) };
    expect(essayHeader(e, lines)).toMatchObject({ subtitle: '——写给楼里的热心人' });
  });

  it('takes a first paragraph that is a subtitle out of the body', () => {
    const e = essay(['--写给楼里的热心人', '上周，我们参加了培训。'], []);
    const { subtitle, essay: rest } = essayHeader(e, null);
    expect(subtitle).toBe('——写给楼里的热心人');
    expect(rest.paragraphs?.map((p) => p.text)).toEqual(['上周，我们参加了培训。']);
    expect(rest.opening_formula).toBe('上周，我们参加了培训。');
  });

  it('finds none above an essay without one, and stops at the title', () => {
    const lines = ['——上一篇的副题', '我的邻居', '', '上周，我们参加了培训。'];
    const e = { ...body, paragraphs: body.paragraphs?.map((p, i) => ({ ...p, line: 4 + i })) };
    expect(essayHeader(e, lines).subtitle).toBeNull();
  });
});
