import { describe, expect, it } from 'vitest';
import {
  addCounts,
  emptyCounts,
  normalizeForScore,
  scoreLine,
  scoreStructure,
  structureFigures,
  type ScoredDoc,
} from '../../../../electron/core/scoring/structure-score';

type ScoredEssay = NonNullable<ScoredDoc['essays']>[number];
const essay = (over: Partial<ScoredEssay>): ScoredEssay => ({
  title: null,
  start: { line: 1 },
  headings: [],
  parallel_groups: [],
  ...over,
});

describe('normalizeForScore', () => {
  it.each([
    ['一、加强学习，提高本领。', '一、加强学习,提高本领'],
    ['（一） 抓党建', '(一)抓党建'],
    ['“学”字当头', '"学"字当头'],
    ['要在 学 上下功夫！', '要在学上下功夫'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeForScore(input)).toBe(expected);
  });
});

describe('scoreStructure', () => {
  const first = essay({
    title: '乡村振兴学习心得',
    start: { line: 4 },
    headings: [
      { text: '要在“学”上下功夫。', level: 1 },
      { text: '要在“悟”上下功夫。', level: 1 },
      { text: '要在“干”上下功夫。', level: 1 },
    ],
    parallel_groups: [{ frame: '要在“…”上下功夫。', members: [0, 1, 2] }],
  });
  const gold: ScoredDoc = {
    junk_lines: [1, 2],
    essays: [first, essay({ title: '安全生产讲话', start: { line: 20 } })],
  };
  const lines = ['首页 > 范文', '浏览 120 次', '乡村振兴学习心得', '正文'];

  it('gives every figure 1 for a perfect prediction, with junk as numbers or as texts', () => {
    const asTexts: ScoredDoc = { ...gold, junk_lines: ['首页>范文', '浏览120次'] };
    const { counts } = scoreStructure(gold, asTexts, lines);
    expect(structureFigures(counts)).toEqual({
      headings: 1,
      levels: 1,
      groups: 1,
      frames: 1,
      starts: 1,
      titles: 1,
      junk: 1,
    });
  });

  it('counts missed and extra headings, wrong levels, and a group needs exactly its members', () => {
    const predicted: ScoredDoc = {
      junk_lines: [1],
      essays: [
        // the first essay, found with a wrong title, headings off and one member short
        essay({
          ...first,
          title: '首页 > 范文',
          headings: [
            { text: '要在"学"上下功夫', level: 1 },
            { text: '要在“悟”上下功夫。', level: 2 },
            { text: '正文', level: 1 },
          ],
          parallel_groups: [{ frame: '要在“…”上下功夫。', members: [0, 1] }],
        }),
      ],
    };
    const { counts, misses } = scoreStructure(gold, predicted, lines);
    expect(counts.heads).toEqual({ tp: 2, np: 3, ng: 3, levelOk: 1 });
    expect(counts.groups).toEqual({ tp: 0, np: 1, ng: 1, frameSum: 0 });
    expect(counts.starts).toEqual({ tp: 1, np: 1, ng: 2 });
    expect(counts.titles).toEqual({ tp: 0, np: 1, ng: 2 });
    expect(counts.junk).toEqual({ tp: 1, np: 1, ng: 2 });
    expect(misses.headings).toEqual(['要在"干"上下功夫']);
    expect(misses.extraHeadings).toEqual(['正文']);
    expect(misses.groups).toEqual(['要在“…”上下功夫。']);
    expect(misses.junk).toEqual({ missed: ['浏览120次'], extra: [] });
  });

  it('lists the junk lines a prediction left out and those it added', () => {
    const predicted: ScoredDoc = { ...gold, junk_lines: [2, 4] };
    const { misses } = scoreStructure(gold, predicted, lines);
    expect(misses.junk).toEqual({ missed: ['首页>范文'], extra: ['正文'] });
  });

  it('scores a found group’s frame by the characters its fixed text shares with the gold one', () => {
    const predicted: ScoredDoc = {
      essays: [
        essay({
          headings: first.headings ?? [],
          parallel_groups: [{ frame: '要在“{{a}}”上…', members: [2, 1, 0] }],
        }),
      ],
    };
    const { counts } = scoreStructure({ essays: [first] }, predicted, null);
    expect(counts.groups.tp).toBe(1);
    expect(counts.groups.frameSum).toBeGreaterThan(0.5);
    expect(counts.groups.frameSum).toBeLessThan(1);
  });

  it('cannot compare junk given as line numbers without the text', () => {
    expect(scoreStructure(gold, gold, null).counts.junk).toEqual({ tp: 0, np: 0, ng: 0 });
  });
});

describe('scoreLine', () => {
  it('prints totals in the scorer’s TOTAL format', () => {
    const total = emptyCounts();
    const one = scoreStructure({ essays: [essay({ title: '甲' })] }, { essays: [essay({})] }, null);
    addCounts(total, one.counts);
    addCounts(total, one.counts);
    expect(scoreLine('TOTAL', total)).toBe(
      'TOTAL headings P=1.00 R=1.00 F1=1.00 (gold 0, found 0, levels ok 0.00)' +
        ' groups P=1.00 R=1.00 F1=1.00 (gold 0, found 0) frames=0.00' +
        ' starts F1=1.00 (gold 2, found 2)' +
        ' titles P=0.00 R=0.00 F1=0.00 (gold 2, found 0)' +
        ' junk P=1.00 R=1.00 F1=1.00 (gold 0, found 0)',
    );
  });
});
