import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../electron/core/miner';
import { generateTemplate } from '../../../../electron/core/templates/generate';
import { schemeOf } from '../../../../electron/core/templates/heading-numbering';
import { fieldValues } from '../../../../electron/core/templates/frame-fields';
import { mineFormulas, rankFormulas } from '../../../../electron/core/templates/formulas';
import { mineTemplates } from '../../../../electron/core/templates/library';
import type { TemplateSlot } from '../../../../electron/shared/model';
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
/** The app's own formulas only: what a field falls back to when its sentence follows none. */
const OFFERED = mineFormulas([]);
const generate = (name: string, text: string) => {
  const essay = analyse(name, text).essays[0];
  if (!essay) throw new Error('no essay');
  const t = generateTemplate(essay, { formulas: OFFERED, lines: text.split('\n') });
  if (!t) throw new Error('no template');
  return t;
};
const slot = (t: { slots: TemplateSlot[] }, role: string): TemplateSlot | undefined =>
  t.slots.find((s) => s.role === role);

/** A 心得体会 of our own: a subtitle, three `一、…，…之…` headings and a closing paragraph. */
const FIRST_AID = readFileSync(
  join(__dirname, '../../../fixtures/import/first-aid-training.txt'),
  'utf8',
);

describe('generateTemplate', () => {
  it('turns a parallel group into one repeatable block whose frame takes the varying words', () => {
    const t = generate('reading.txt', READING);
    const block = t.blocks[0];
    // the quotation varies as a whole: a slot never splits one
    expect(block?.frame).toBe('读书要读出“…”，不做“…”。');
    expect(block?.rows).toEqual([
      { 甲: '', 乙: '' },
      { 甲: '', 乙: '' },
      { 甲: '', 乙: '' },
    ]);
    expect(block?.fields.map((f) => [f.label, f.examples])).toEqual([
      ['读书要读出“…”', ['志气', '骨气', '底气']],
      ['不做“…”', ['看客', '软骨', '空谈']],
    ]);
    expect(t.source).toContain('读书要读出“{{甲}}”，不做“{{乙}}”。');
    expect(t.genre).toBe('读后感');
  });

  it('keeps the essay’s sentences out of the template: formulas to fill, the essay only a reference', () => {
    const t = generate('reading.txt', READING);
    for (const words of ['平凡的世界', '路遥', '孙少平', '2023', '志气', '合上书本']) {
      expect(t.source).not.toContain(words);
      for (const s of t.slots) expect(s.default, s.name).not.toContain(words);
    }
    expect(slot(t, 'title')).toMatchObject({
      formula: '读《{{作品}}》有感',
      default: '读《____》有感',
      reference: '读《平凡的世界》有感',
    });
    expect(slot(t, 'opening')?.reference).toBe(
      '2023年寒假，我读完了路遥的《平凡的世界》，书中人物在苦难中奋斗的身影久久不能忘怀。',
    );
    // the closing's sentence follows no formula: the field offers the genre's commonest
    expect(slot(t, 'closing')).toMatchObject({
      formula: rankFormulas(OFFERED, '读后感').closing[0]?.text,
      reference: '合上书本，我更加懂得：平凡的日子里，同样可以活出不平凡的精神。',
    });
    expect(t.source.split('\n')[0]).toBe('{{#title}}{{标题}}{{/title}}');
    expect(t.source).toContain('{{#closing}}{{结尾}}{{/closing}}');
  });

  it('gives each section its own paragraphs as a hint, and none the closing', () => {
    const t = generate('reading.txt', READING);
    const hints = t.blocks[0]?.hints ?? [];
    expect(hints).toHaveLength(3);
    expect(hints[0]).toContain('孙少平在煤矿井下仍坚持读书');
    expect(hints[0]).not.toContain('少安');
    expect(hints[2]).toContain('书中人物的底气来自脚踏实地的劳动');
    expect(hints.join('')).not.toContain('合上书本');
  });

  it('makes numbered headings a repeatable outline whose numbers come from helpers', () => {
    const t = generate('summary.txt', SUMMARY);
    const block = t.blocks[0];
    expect(block?.rows).toEqual([
      { 小标题: '', 层级: '1' },
      { 小标题: '', 层级: '2' },
      { 小标题: '', 层级: '2' },
      { 小标题: '', 层级: '1' },
      { 小标题: '', 层级: '1' },
    ]);
    expect(block?.fields[0]?.examples).toEqual([
      '主要工作',
      '压实安全责任',
      '深化隐患排查',
      '存在问题',
      '下步打算',
    ]);
    expect(t.source).toContain('schemes="一、|(一)"');
    for (const words of ['主要工作', 'XXX', '1350家']) expect(t.source).not.toContain(words);
    expect(t.name).toBe('工作总结 · 两级提纲「主要工作」');
  });

  it('keeps an essay’s subtitle and closing, and proposes the frame its headings share', () => {
    const t = generate('first-aid-training.txt', FIRST_AID);
    expect(t.slots.map((s) => s.role)).toEqual(['title', 'subtitle', 'opening', 'closing']);
    expect(slot(t, 'subtitle')).toMatchObject({
      formula: '——参加{{副题}}有感',
      reference: '——参加单位红十字救护员培训有感',
    });
    expect(slot(t, 'closing')?.reference).toMatch(/^这次培训让我明白/u);
    expect(t.source).toContain(
      '{{#opening}}{{副标题}}{{/opening}}\n{{#opening}}{{开头}}{{/opening}}',
    );
    const block = t.blocks[0];
    expect(block?.frame).toBeNull();
    expect(block?.proposed).toMatchObject({ frame: '…，…之…', formula: '{{甲}}，{{乙}}之{{丙}}' });
    expect(block?.proposed?.fields.map((f) => f.examples)).toEqual([
      ['敬畏生命', '苦练技能', '学以致用'],
      ['守住救护', '夯实施救', '架起互助'],
      ['本', '基', '桥'],
    ]);
    expect(block?.hints.at(-1)).not.toContain('这次培训让我明白');
  });

  it('returns null for an essay with fewer than two headings', () => {
    const essay = analyse(
      'plain.txt',
      '随笔\n\n今天天气很好,我们去公园散步。\n\n晚上读了一会儿书。',
    ).essays[0];
    expect(essay && generateTemplate(essay, { formulas: OFFERED })).toBeNull();
  });

  it('is deterministic, with ids that say the genre and carry no file name or number', () => {
    const files = () => [
      { analysis: analyse('reading.txt', READING) },
      { analysis: analyse('summary.txt', SUMMARY) },
    ];
    const a = mineTemplates(files(), OFFERED);
    expect(JSON.stringify(mineTemplates(files(), OFFERED))).toBe(JSON.stringify(a));
    expect(a.map((t) => t.id)).toEqual([
      expect.stringMatching(/^duhougan-[g-z]{6}$/u),
      expect.stringMatching(/^gongzuozongjie-[g-z]{6}$/u),
    ]);
    // the same essay in another file, or later in a collection, is the same template
    const moved = mineTemplates([{ analysis: analyse('other-name.txt', READING) }], OFFERED);
    expect(moved[0]?.id).toBe(a[0]?.id);
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
});
