import { describe, expect, it } from 'vitest';
import { extractPhrases, type ExtractedKind } from '../../../../electron/core/phrases/extract';

/** The phrases of one kind found in a paragraph, as their texts. */
const found = (paragraph: string, kind: ExtractedKind): string[] =>
  extractPhrases(paragraph)
    .filter((o) => o.kind === kind)
    .map((o) => o.text);

/** What the extractor must find in each paragraph, one kind of phrase at a time. */
const KINDS: Array<{
  kind: ExtractedKind;
  title: string;
  cases: Array<{ name: string; paragraph: string; expected: string[] }>;
}> = [
  {
    kind: 'quote',
    title: '金句: sayings, quotations and classical lines',
    cases: [
      {
        name: 'a quoted saying with a clause break, quotes kept',
        paragraph: '古人讲“民惟邦本，本固邦宁。”乡村振兴说到底是为了群众。',
        expected: ['“民惟邦本，本固邦宁。”'],
      },
      {
        name: 'a long quotation without a break',
        paragraph: '他常说“安全生产没有旁观者只有当事人”，这句话我记到今天。',
        expected: ['“安全生产没有旁观者只有当事人”'],
      },
      {
        name: 'not a quoted term, a name, or a short slogan',
        paragraph: '我们开展“回头看”活动，评选“最美教师”，推行“一村一策”。',
        expected: [],
      },
      {
        name: 'not quoted speech or figures',
        paragraph: '老李对我说：“你放心，这块地今年能收两千斤！”全村共有“312户，986人”。',
        expected: [],
      },
      {
        name: 'a saying after 正所谓, to the end of its sentence',
        paragraph: '正所谓千里之行，始于足下。教书育人更要从小事做起。',
        expected: ['千里之行，始于足下。'],
      },
      {
        name: 'two classical lines of equal length as a whole sentence',
        paragraph: '读书破万卷，下笔如有神。这次培训让我重新拿起了书本。',
        expected: ['读书破万卷，下笔如有神。'],
      },
      {
        name: 'not two ordinary clauses that happen to be equal',
        paragraph: '我们走进了教室，认真听了讲座。注重课堂实践，提升教学“质量”。',
        expected: [],
      },
    ],
  },
  {
    kind: 'parallel',
    title: '排比句: three or more parallel members, kept whole',
    cases: [
      {
        name: 'clauses sharing their start, with the sentence they make',
        paragraph:
          '培训结束了，难忘专家们的谆谆教诲，难忘同伴们的互帮互助，难忘课堂上的思想碰撞。我们带着收获回到学校。',
        expected: [
          '培训结束了，难忘专家们的谆谆教诲，难忘同伴们的互帮互助，难忘课堂上的思想碰撞。',
        ],
      },
      {
        name: 'clauses sharing their end',
        paragraph: '制度是保障，落实是关键。思想上要重视起来，行动上要落实起来，作风上要严实起来。',
        expected: ['思想上要重视起来，行动上要落实起来，作风上要严实起来。'],
      },
      {
        name: 'sentences that follow each other and start alike',
        paragraph:
          '我们要把课堂还给学生。我们要把时间还给学生。我们要把问题还给学生。这是改革的方向。',
        expected: ['我们要把课堂还给学生。我们要把时间还给学生。我们要把问题还给学生。'],
      },
      {
        name: 'not two members, and not a list of four-character words',
        paragraph: '既要抓发展，既要保安全。做到安全第一、安全生产、安全发展。',
        expected: [],
      },
    ],
  },
  {
    kind: 'four',
    title: '四字短语: runs of four-character phrases',
    cases: [
      {
        name: 'a run joined by 、',
        paragraph: '全体党员要凝心聚力、攻坚克难、久久为功，推动乡村全面振兴。',
        expected: ['凝心聚力、攻坚克难、久久为功'],
      },
      {
        name: 'a run joined by commas',
        paragraph: '面对汛情，大家闻令而动，尽锐出战，连续奋战。',
        expected: ['闻令而动，尽锐出战，连续奋战'],
      },
      {
        name: 'a list that begins and ends inside longer clauses takes the words next to it',
        paragraph: '要落实统筹谋划、分类指导、精准施策、久久为功的总体要求。',
        expected: ['统筹谋划、分类指导、精准施策、久久为功'],
      },
      {
        name: 'but not half a word, nor a member that starts with a particle',
        paragraph: '中共中央总书记、国家主席出席会议。立足实际，发挥优势，的确如此。',
        expected: ['立足实际，发挥优势'],
      },
      {
        name: 'marks of two kinds make two runs',
        paragraph: '勇担责任、奋勇向前，不负韶华，砥砺前行。',
        expected: ['勇担责任、奋勇向前', '不负韶华，砥砺前行'],
      },
    ],
  },
];

describe.each(KINDS)('$title', ({ kind, cases }) => {
  it.each(cases)('$name', ({ paragraph, expected }) => {
    expect(found(paragraph, kind)).toEqual(expected);
  });
});

describe('every phrase', () => {
  it('is a span of its paragraph, with the sentence it sits in', () => {
    const paragraph =
      '正所谓众人拾柴火焰高。社区组织志愿者、对接商户、联系物业，做到底数清、情况明、措施实，守护好居民的“米袋子、菜篮子、药箱子”。';
    const all = extractPhrases(paragraph);
    expect(all.length).toBeGreaterThan(1);
    for (const o of all) {
      expect(paragraph.slice(o.start, o.end)).toBe(o.text);
      expect(o.context).toContain(o.text.replace(/。$/u, ''));
    }
  });
});
