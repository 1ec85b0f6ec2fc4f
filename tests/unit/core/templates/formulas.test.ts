import { describe, expect, it } from 'vitest';
import {
  mergeFormulas,
  mineFormulas,
  rankFormulas,
  type FormulaEssay,
} from '../../../../electron/core/templates/formulas';
import type { Formula } from '../../../../electron/shared/formulas';

/** Essays of our own, reduced to what the formula miner reads. */
const essay = (e: Partial<FormulaEssay> & Pick<FormulaEssay, 'genre'>): FormulaEssay => ({
  title: null,
  subtitle: null,
  opening: null,
  closing: null,
  ...e,
});

const ESSAYS: FormulaEssay[] = [
  essay({
    genre: '观后感',
    title: '《大河之北》观后感',
    opening: '近日，县文化馆组织观看了《大河之北》，大家纷纷表示受益良多。片中的故事打动了我。',
    closing: '总之，家乡的变化值得我们好好记录。让我们珍惜当下，为家乡的明天而努力奋斗！',
  }),
  essay({
    genre: '观后感',
    title: '《山海情》观后感2',
    opening: '近日,镇党委组织观看了《山海情》,干部们很受触动。',
    closing: '让我们扎根基层，为乡亲们的好日子而努力奋斗！',
  }),
  essay({
    genre: '心得体会',
    title: '社区志愿服务心得体会',
    subtitle: '——参加社区志愿服务有感',
    opening: '2023年8月，我有幸参加了社区暑期志愿服务，收获很大。',
    closing: '总之，志愿服务是一堂生动的实践课。',
  }),
];

const texts = (fs: readonly Formula[]): string[] => fs.map((f) => f.text);
const find = (fs: readonly Formula[], text: string): Formula | undefined =>
  fs.find((f) => f.text === text);

describe('mineFormulas', () => {
  const library = mineFormulas(ESSAYS);

  it('clusters sentences of one shape into one formula counted once per essay', () => {
    const watched = find(library.opening, '近日，{{单位}}组织观看了《{{作品}}》，{{感受}}。');
    expect(watched).toMatchObject({
      count: 2,
      genres: ['观后感'],
      slots: ['单位', '作品', '感受'],
    });
    expect(watched?.examples).toEqual([
      '近日，县文化馆组织观看了《大河之北》，大家纷纷表示受益良多。',
      '近日,镇党委组织观看了《山海情》,干部们很受触动。',
    ]);
    expect(find(library.closing, '让我们{{行动}}，为{{目标}}而努力奋斗！')).toMatchObject({
      count: 2,
    });
  });

  it('ranks the most used first and lists every genre that uses a formula', () => {
    const closing = find(library.closing, '总之，{{内容}}。');
    expect(closing?.count).toBe(2);
    expect(closing?.genres).toEqual(expect.arrayContaining(['观后感', '心得体会']));
    const counts = library.opening.map((f) => f.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('reads titles without their number in a collection, and subtitles', () => {
    expect(find(library.title, '《{{作品}}》观后感')?.count).toBe(2);
    expect(find(library.subtitle, '——参加{{副题}}有感')?.count).toBe(1);
  });

  it('offers the genre’s common formulas even where no essay has them', () => {
    const empty = mineFormulas([]);
    for (const role of ['title', 'subtitle', 'opening', 'closing'] as const) {
      expect(empty[role].length, role).toBeGreaterThan(0);
      expect(empty[role].every((f) => f.count === 0)).toBe(true);
    }
    expect(texts(empty.opening)).toContain('近日，{{单位}}组织观看了《{{作品}}》，{{感受}}。');
  });

  it('finds the same formulas and counts whatever order the essays come in', () => {
    const counted = (l: typeof library): string[] =>
      Object.values(l).flatMap((fs) => fs.map((f) => `${f.text}:${f.count}`));
    expect(counted(mineFormulas([...ESSAYS].reverse()))).toEqual(counted(library));
  });
});

describe('rankFormulas and mergeFormulas', () => {
  it('puts the genre’s own formulas first', () => {
    const ranked = rankFormulas(mineFormulas(ESSAYS), '心得体会');
    const first = ranked.opening[0];
    expect(first?.genres).toContain('心得体会');
    expect(first?.text).toBe('{{日期}}，我有幸参加了{{活动}}，收获很大。');
  });

  it('adds the essays two libraries count for one formula', () => {
    const [a, b, c] = ESSAYS;
    if (!a || !b || !c) throw new Error('three essays');
    const merged = mergeFormulas(mineFormulas([a, c]), mineFormulas([b]));
    expect(JSON.stringify(merged)).toBe(JSON.stringify(mineFormulas([a, c, b])));
  });
});
