import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../electron/core/miner';
import { generateTemplate, schemeOf } from '../../../../electron/core/templates/generate';
import { fieldValues } from '../../../../electron/core/templates/frame-fields';
import { generaliseFormula, mineTemplates } from '../../../../electron/core/templates/library';
import { findSlotSpans } from '../../../../electron/core/templates/slot-patterns';

/** A 读后感 of our own with three parallel inline headings. */
const READING = [
  '读《平凡的世界》有感',
  '',
  '2023年寒假,我读完了路遥的《平凡的世界》,书中人物在苦难中奋斗的身影久久不能忘怀。',
  '',
  '读书要读出“志气”,不做“看客”。孙少平在煤矿井下仍坚持读书,他的志气来自对更广阔世界的向往。我们青年人更应以书为伴,立下志向。',
  '',
  '读书要读出“骨气”,不做“软骨”。面对挫折,少安从不低头,一次次重新站起来。这种骨气,正是今天干事创业需要的品格。',
  '',
  '读书要读出“底气”,不做“空谈”。书中人物的底气来自脚踏实地的劳动。读书不是为了炫耀,而是为了把事情做好。',
  '',
  '合上书本,我更加懂得:平凡的日子里,同样可以活出不平凡的精神。',
].join('\n');

/** A 工作总结 with numbered line headings on two levels. */
const SUMMARY = [
  'XXX县应急管理局20__年安全生产工作总结',
  '',
  '20__年,我局坚持人民至上、生命至上,全县安全生产形势总体平稳。现将有关情况总结如下。',
  '',
  '一、主要工作',
  '(一)压实安全责任',
  '逐级签订责任书212份,做到横向到边、纵向到底。',
  '(二)深化隐患排查',
  '全年排查企业1350家,整改隐患2846处。',
  '二、存在问题',
  '基层监管力量依然薄弱,个别企业主体责任落实不到位。',
  '三、下步打算',
  '持续开展安全生产治本攻坚三年行动,推动安全生产形势持续稳定向好。',
].join('\n');

const analyse = (name: string, text: string) => analyzeText(name, text);

describe('generateTemplate', () => {
  it('turns a parallel group into one repeatable block whose frame takes the slots', () => {
    const essay = analyse('reading.txt', READING).essays[0];
    if (!essay) throw new Error('no essay');
    const t = generateTemplate(essay);
    if (!t) throw new Error('no template');
    const block = t.blocks[0];
    expect(block?.frame).toBe('读书要读出“…气”，不做“…”。');
    expect(block?.rows).toEqual([
      { 甲: '志', 乙: '看客' },
      { 甲: '骨', 乙: '软骨' },
      { 甲: '底', 乙: '空谈' },
    ]);
    expect(t.source).toContain('读书要读出“{{甲}}气”，不做“{{乙}}”。');
    // Body paragraphs stay out of the template: they are reference hints only.
    expect(t.source).not.toContain('孙少平');
    expect(block?.hints[0]).toContain('孙少平在煤矿井下仍坚持读书');
    expect(t.slots.map((s) => [s.kind, s.default])).toEqual(
      expect.arrayContaining([
        ['work', '《平凡的世界》'],
        ['date', '2023年'],
      ]),
    );
    expect(t.genre).toBe('读后感');
  });

  it('makes numbered headings a repeatable outline whose numbers come from helpers', () => {
    const essay = analyse('summary.txt', SUMMARY).essays[0];
    if (!essay) throw new Error('no essay');
    const t = generateTemplate(essay);
    if (!t) throw new Error('no template');
    expect(t.blocks[0]?.rows.map((r) => [r['层级'], r['小标题']])).toEqual([
      ['1', '主要工作'],
      ['2', '压实安全责任'],
      ['2', '深化隐患排查'],
      ['1', '存在问题'],
      ['1', '下步打算'],
    ]);
    expect(t.source).toContain('schemes="一、|(一)"');
    expect(t.source).not.toMatch(/[一二三]、主要工作/u);
    // Placeholders a 范文 leaves for the writer become slots.
    expect(t.slots.map((s) => s.default)).toEqual(expect.arrayContaining(['XXX', '20__年']));
    expect(t.source).not.toContain('1350家');
  });

  it('returns null for an essay with fewer than two headings', () => {
    const essay = analyse(
      'plain.txt',
      '随笔\n\n今天天气很好,我们去公园散步。\n\n晚上读了一会儿书。',
    ).essays[0];
    expect(essay && generateTemplate(essay)).toBeNull();
  });

  it('escapes a literal {{ in sample text so it stays text', () => {
    const text = READING.replace('2023年寒假', '2023年寒假{{写在前面}}');
    const essay = analyse('braces.txt', text).essays[0];
    const t = essay && generateTemplate(essay);
    expect(t?.source).toContain('\\{{写在前面}}');
  });

  it('is deterministic', () => {
    const a = mineTemplates([analyse('reading.txt', READING), analyse('summary.txt', SUMMARY)]);
    const b = mineTemplates([analyse('reading.txt', READING), analyse('summary.txt', SUMMARY)]);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.map((t) => t.id)).toEqual(['reading-01', 'summary-01']);
    expect(new Set(a.map((t) => t.family)).size).toBe(2);
  });
});

describe('helpers of the generator', () => {
  it.each([
    { label: '一、', scheme: '一、' },
    { label: '(一)', scheme: '(一)' },
    { label: '（二）', scheme: '(一)' },
    { label: '1.', scheme: '1.' },
    { label: '1、', scheme: '1、' },
    { label: '(1)', scheme: '(1)' },
    { label: '一是', scheme: '一是' },
    { label: '第一,', scheme: '第一' },
    { label: '其一', scheme: '其一' },
    { label: '首先', scheme: '首先' },
    { label: undefined, scheme: 'none' },
  ])('schemeOf($label) = $scheme', ({ label, scheme }) => {
    expect(schemeOf(label)).toBe(scheme);
  });

  it.each([
    {
      frame: '从“…”中汲取…力量。',
      heading: '从“红船精神”中汲取奋进力量。',
      values: ['红船精神', '奋进'],
    },
    { frame: '…是根本', heading: '学习是根本', values: ['学习'] },
    { frame: '坚持…,做到…', heading: '坚持学习，做到学以致用', values: ['学习', '学以致用'] },
    { frame: '以…为…', heading: '以人民为中心', values: ['人民', '中心'] },
    { frame: '抓好…工作。', heading: '做好宣传工作。', values: null },
  ])('fieldValues($frame, $heading)', ({ frame, heading, values }) => {
    expect(fieldValues(frame, heading)).toEqual(values);
  });

  it.each([
    { text: '2024年3月5日,我们召开了动员会。', spans: [['date', '2024年3月5日']] },
    { text: '近日,观看了《榜样8》后深受触动。', spans: [['work', '《榜样8》']] },
    {
      text: 'X月X日,XXX同志在_省调研。',
      spans: [
        ['date', 'X月X日'],
        ['name', 'XXX'],
        ['place', '_省'],
      ],
    },
    {
      text: '全年培训教师1200名,覆盖率达98%。',
      spans: [
        ['number', '1200名'],
        ['number', '98%'],
      ],
    },
    { text: '没有任何可变的部分。', spans: [] },
  ])('findSlotSpans: $text', ({ text, spans }) => {
    expect(findSlotSpans(text).map((s) => [s.kind, s.text])).toEqual(spans);
  });

  it('generalises a formula the same way however its punctuation was typed', () => {
    expect(generaliseFormula('2021年,我参加了培训。')).toBe(
      generaliseFormula('2022年，我参加了培训。'),
    );
  });
});
