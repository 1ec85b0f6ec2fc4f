import { describe, expect, it } from 'vitest';
import { buildPhraseBank, topicWords } from '../../../../electron/core/phrases/bank';
import { formulaPhrases } from '../../../../electron/core/phrases/formula-phrases';
import { PhraseIndex } from '../../../../electron/core/phrases/search';
import { mineFormulas, paragraphsEssay } from '../../../../electron/core/templates/formulas';

const essay = (file: string, title: string, paragraphs: string[]) => ({
  file,
  title,
  genre: '心得体会' as const,
  paragraphs,
});

describe('buildPhraseBank', () => {
  const bank = buildPhraseBank([
    essay('a.txt', '《平凡的世界》读书心得', [
      '读完全书，我们要凝心聚力、攻坚克难、久久为功。正所谓千里之行，始于足下。',
      '再说一遍：凝心聚力、攻坚克难、久久为功。',
    ]),
    essay('b.txt', '乡村教师培训心得体会', [
      '老师们凝心聚力，攻坚克难，久久为功，把每一节课上好。还要做到：守正创新、笃行不怠。',
    ]),
    essay('c.txt', '安全生产月讲话', [
      '我们要坚持：守正创新、笃行不怠；也要：居安思危、防患未然。',
    ]),
  ]);

  it('merges equal phrases across essays (marks of either width), counting essays not uses', () => {
    const runs = bank.filter((p) => p.kind === 'four' && p.text.startsWith('凝心聚力'));
    expect(runs).toEqual([
      expect.objectContaining({
        text: '凝心聚力、攻坚克难、久久为功',
        count: 2,
        sources: [
          { file: 'a.txt', title: '《平凡的世界》读书心得' },
          { file: 'b.txt', title: '乡村教师培训心得体会' },
        ],
      }),
    ]);
  });

  it('keeps a pair of four-character phrases only when several essays use it', () => {
    expect(bank.find((p) => p.text === '守正创新、笃行不怠')).toMatchObject({
      count: 2,
      sources: [
        { file: 'b.txt', title: '乡村教师培训心得体会' },
        { file: 'c.txt', title: '安全生产月讲话' },
      ],
    });
    expect(bank.find((p) => p.text === '居安思危、防患未然')).toBeUndefined();
  });

  it('keeps the sentence each phrase sits in and the topics of its essays', () => {
    const saying = bank.find((p) => p.kind === 'quote');
    expect(saying).toMatchObject({
      text: '千里之行，始于足下。',
      context: '正所谓千里之行，始于足下。',
      topics: ['平凡的世界', '读书'],
      genres: ['心得体会'],
    });
  });

  it('lists the most used first within a kind', () => {
    const fours = bank.filter((p) => p.kind === 'four').map((p) => p.count);
    expect(fours).toEqual([...fours].sort((a, b) => b - a));
  });
});

describe('topicWords', () => {
  it.each([
    ['《长津湖》观后感', ['长津湖']],
    ['2024年安全生产月动员讲话稿', ['年安全生产月动员']],
    ['学习党章心得体会范文精选3篇', ['学习党章']],
    [null, []],
  ])('%s → %j', (title, expected) => {
    expect(topicWords(title)).toEqual(expected);
  });
});

describe('PhraseIndex.search', () => {
  const phrases = buildPhraseBank([
    essay('a.txt', '安全生产月讲话', [
      '我们要凝心聚力、攻坚克难、久久为功。正所谓千里之行，始于足下。',
      '要守正创新、笃行不怠。',
    ]),
    essay('b.txt', '《平凡的世界》读后感', [
      '他凝心聚力，攻坚克难，久久为功。又要守正创新、笃行不怠。',
      '正所谓天下难事，必作于易。',
    ]),
  ]);
  const index = new PhraseIndex(phrases);

  it('finds by words of the phrase, ignoring the width of its marks', () => {
    expect(index.search({ text: '攻坚克难,久久' }).map((p) => p.text)).toEqual([
      '凝心聚力、攻坚克难、久久为功',
    ]);
  });

  it('filters by kind and genre, and finds by the topic of the source essay after own words', () => {
    expect(index.search({ kind: 'quote' }).map((p) => p.text)).toEqual([
      '千里之行，始于足下。',
      '天下难事，必作于易。',
    ]);
    expect(index.search({ text: '平凡的世界', kind: 'quote' }).map((p) => p.text)).toEqual([
      '天下难事，必作于易。',
    ]);
    expect(index.search({ genre: '观后感' })).toEqual([]);
  });

  it('returns at most `limit`, most used first within a kind', () => {
    const fours = index.search({ kind: 'four', limit: 1 });
    expect(fours).toHaveLength(1);
    expect(fours[0]?.count).toBe(2);
  });
});

describe('PhraseIndex.suggest', () => {
  const index = new PhraseIndex(
    buildPhraseBank([
      essay('a.txt', '甲', ['要做到：守正创新、笃行不怠。还要凝心聚力、攻坚克难、久久为功。']),
      essay('b.txt', '乙', ['要做到：守正创新、笃行不怠。']),
      essay('c.txt', '丙', ['大家坚持求真务实、真抓实干、担当作为。']),
    ]),
  );

  it('names the worn phrase in a flagged passage and offers less-worn ones of its kind', () => {
    const [first, ...rest] = index.suggest('会上强调，要守正创新，笃行不怠，抓好落实');
    expect(rest).toEqual([]);
    expect(first?.found).toMatchObject({ text: '守正创新、笃行不怠', count: 2 });
    expect(first?.instead.map((p) => p.text)).toEqual([
      '凝心聚力、攻坚克难、久久为功',
      '求真务实、真抓实干、担当作为',
    ]);
  });

  it('offers nothing for a passage without a known phrase', () => {
    expect(index.suggest('这段话是我自己写的，没有套话')).toEqual([]);
  });
});

describe('formulaPhrases: openings and closings from the formula library', () => {
  const library = mineFormulas(
    [
      [
        '社区读书会心得体会',
        '近日，街道组织观看了《书香里的人》，大家很受触动。',
        '让我们多读书、读好书，为书香社区而努力奋斗！',
      ],
      [
        '家风家训心得体会',
        '近日,社区组织观看了《家风》,居民们纷纷点赞。',
        '好家风要一代代传下去。',
      ],
    ].map(([title, opening, closing]) =>
      paragraphsEssay('心得体会', title ?? null, [opening ?? '', '正文。', closing ?? '']),
    ),
  );
  const phrases = formulaPhrases(library);

  it('lists the formula two essays open with once, its holes blank, a sentence as its context', () => {
    expect(phrases.filter((p) => p.kind === 'opening')).toEqual([
      expect.objectContaining({
        text: '近日，____组织观看了《____》，____。',
        context: '近日，街道组织观看了《书香里的人》，大家很受触动。',
        count: 2,
        genres: expect.arrayContaining(['心得体会']) as unknown as string[],
      }),
    ]);
  });

  it('lists a closing formula, and the search finds it by kind', () => {
    const closings = new PhraseIndex(phrases).search({ kind: 'closing' });
    expect(closings.map((p) => p.text)).toContain('让我们____，为____而努力奋斗！');
  });
});
