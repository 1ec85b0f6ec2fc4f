import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { K, W } from '../../../../electron/core/similarity/fingerprint';
import {
  buildOverlapIndex,
  checkOverlap,
  type SourceEssay,
} from '../../../../electron/core/similarity/overlap-index';
import {
  COMMON,
  COPIED,
  PARAPHRASE,
  RURAL,
  SAFETY,
  TEACHER,
} from '../../../fixtures/similarity/essays';

const essays: SourceEssay[] = [RURAL, SAFETY, TEACHER].map((e) => ({ kind: 'corpus', ...e }));
const index = buildOverlapIndex(essays);

describe('checkOverlap', () => {
  it('finds a copied 20-character passage with its exact spans in the draft and the source', () => {
    const lead = '我们村这几年变化很大，';
    const draft = `村里的变化\n${lead}${COPIED}，大家的日子越过越红火。`;
    const report = checkOverlap(draft, index);
    expect(report.matches).toHaveLength(1);
    const [m] = report.matches;
    const draftStart = draft.indexOf(COPIED);
    const sourceStart = RURAL.text.indexOf(COPIED);
    expect(m).toEqual({
      draftStart,
      draftEnd: draftStart + COPIED.length,
      sourceKind: 'corpus',
      sourceFile: RURAL.file,
      essayTitle: RURAL.title,
      sourceStart,
      sourceEnd: sourceStart + COPIED.length,
      text: COPIED,
    });
    expect(report.coveredChars).toBe(20);
    expect(report.checkedChars).toBe(5 + 10 + 20 + 10);
    expect(report.overlapPercent).toBe(Math.round((20 / report.checkedChars) * 1000) / 10);
    expect(report.sourceEssays).toBe(3);
  });

  it('still matches when only spacing and punctuation differ, and spans the copied words', () => {
    const draft = '把特色农产品做成富民产业 让农民在家门口就能增收!';
    const [m] = checkOverlap(draft, index).matches;
    expect(m?.text).toBe('把特色农产品做成富民产业 让农民在家门口就能增收');
    expect(m?.sourceFile).toBe(RURAL.file);
  });

  it('extends a match as far as the words agree, across sentence punctuation', () => {
    const passage = '安全生产责任重于泰山，任何时候都不能有丝毫松懈。';
    const draft = `开头的话。${passage}下面谈三点意见。`;
    const [m] = checkOverlap(draft, index).matches;
    expect(m?.text).toBe('安全生产责任重于泰山，任何时候都不能有丝毫松懈');
    expect(m?.essayTitle).toBe(SAFETY.title);
    expect(SAFETY.text.slice(m?.sourceStart, m?.sourceEnd)).toBe(m?.text);
  });

  it('names each source once for passages copied from several essays', () => {
    const a = '课堂是教师成长的主阵地，只有潜心钻研教材';
    const b = '对危险化学品、道路交通、建筑施工等领域开展拉网式排查';
    const report = checkOverlap(`${a}。另外，${b}。`, index);
    expect(report.matches.map((m) => m.sourceFile)).toEqual([TEACHER.file, SAFETY.file]);
  });

  it('does not flag the same ideas in different words', () => {
    const report = checkOverlap(PARAPHRASE, index);
    expect(report.matches).toEqual([]);
    expect(report.overlapPercent).toBe(0);
  });

  it('does not flag common phrases shorter than 8 characters', () => {
    const report = checkOverlap(`${COMMON}乡村振兴是一篇。`, index);
    expect(report.matches).toEqual([]);
  });

  it('an empty draft overlaps nothing', () => {
    expect(checkOverlap('', index)).toMatchObject({ overlapPercent: 0, matches: [] });
  });

  it('always finds a copied passage of 8 characters or more (winnowing guarantee)', () => {
    expect(K + W - 1).toBe(8);
    const han = fc.integer({ min: 0x4e00, max: 0x4e00 + 400 }).map((c) => String.fromCharCode(c));
    const text = (min: number, max: number) =>
      fc.array(han, { minLength: min, maxLength: max }).map((a) => a.join(''));
    fc.assert(
      fc.property(
        text(60, 200),
        text(0, 30),
        fc.integer({ min: 8, max: 40 }),
        fc.nat(),
        (source, around, length, from) => {
          const start = from % (source.length - length);
          const copied = source.slice(start, start + length);
          const idx = buildOverlapIndex([
            { kind: 'imported', file: 'x.txt', title: 'x', text: source },
          ]);
          const report = checkOverlap(`${around}${copied}${around}`, idx);
          expect(report.coveredChars).toBeGreaterThanOrEqual(length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
