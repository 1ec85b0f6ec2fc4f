import { describe, expect, it } from 'vitest';
import { formulaShape } from '../../../../electron/core/templates/formula-shape';
import { fillFormula, formulaHoles } from '../../../../electron/core/templates/formula-text';

describe('formulaShape: a sentence as a formula of set words and named holes', () => {
  it.each([
    {
      role: 'opening',
      sentence: '近日，市图书馆组织观看了《书香伴我行》，大家纷纷表示要多读书。',
      shape: '近日，{{单位}}组织观看了《{{作品}}》，{{感受}}。',
    },
    {
      role: 'opening',
      sentence: '2024年3月，我有幸参加了全省基层文化干部轮训班，收获很大。',
      shape: '{{日期}}，我有幸参加了{{活动}}，收获很大。',
    },
    {
      role: 'opening',
      sentence: '2019年是乡村图书室建设的起步之年，是全民阅读推广的攻坚之年。',
      shape: '{{日期}}是{{内容}}之年，是{{内容2}}之年。',
    },
    {
      role: 'closing',
      sentence: '总之,书香社区建设是一项久久为功的工作。',
      shape: '总之，{{内容}}。',
    },
    {
      role: 'closing',
      sentence: '让我们携起手来,为建设书香社区而努力奋斗!',
      shape: '让我们{{行动}}，为{{目标}}而努力奋斗！',
    },
    { role: 'title', sentence: '读《瓦尔登湖》有感', shape: '读《{{作品}}》有感' },
    { role: 'title', sentence: '社区读书会活动心得体会', shape: '{{主题}}心得体会' },
    { role: 'subtitle', sentence: '——参加社区读书会有感', shape: '——参加{{副题}}有感' },
  ] as const)('$role: $sentence', ({ role, sentence, shape }) => {
    expect(formulaShape(sentence, role)).toBe(shape);
  });

  it.each([
    // no set word: one writer's own sentence, not a way of beginning
    { role: 'opening', sentence: '清晨的阅览室里坐满了备考的学生。' },
    // one set word inside someone's sentence is not a formula either
    { role: 'closing', sentence: '馆员们相信每一本书都会遇到它的读者。' },
    // a passage with a set word in it: too many holes to be a formula
    {
      role: 'opening',
      sentence: '近日，馆里学习了新规定，强调了借阅流程，学习了消防知识，强调了安全要求。',
    },
  ] as const)('$role: no formula in “$sentence”', ({ role, sentence }) => {
    expect(formulaShape(sentence, role)).toBeNull();
  });

  it('never leaves a quote or bracket half in a hole', () => {
    const shape = formulaShape('近日，读书会组织观看了纪录片，大家说“书是最好的老师”。', 'opening');
    expect(shape).toBe('近日，{{单位}}组织观看了{{作品}}，{{感受}}。');
  });

  it('gives equal shapes for sentences that differ only in what the writer puts in the holes', () => {
    const a = formulaShape('近日,社区组织观看了《平凡的世界》,大家感触很深。', 'opening');
    const b = formulaShape('近日，街道组织观看了《人世间》，居民们很受鼓舞。', 'opening');
    expect(a).not.toBeNull();
    expect(formulaHoles(a ?? '')).toEqual(['单位', '作品', '感受']);
    expect(formulaHoles(b ?? '')).toEqual(['单位', '作品', '感受']);
  });
});

describe('fillFormula', () => {
  it('puts each value in its hole and a blank where none was given', () => {
    const f = '近日，{{单位}}组织观看了《{{作品}}》，{{感受}}。';
    expect(fillFormula(f, { 单位: '社区', 作品: ' 人世间 ' })).toBe(
      '近日，社区组织观看了《人世间》，____。',
    );
  });
});
