import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../electron/core/miner';
import { body, itReadsPages, type PageCase } from './page-cases';

/**
 * Which line of a page's header is the essay's title, on pages written for these tests: copies
 * and near copies of the page title, editors' notes, headlines on two lines, collection names.
 */

/** Five paragraphs of one essay with no title of its own, to stand under a page's title. */
const untitledText = [
  '社区是城市治理的基本单元,做好社区工作关系到千家万户。去年以来,我积累了不少经验。',
  '在疫情防控期间,我和同事们日夜坚守在一线,为居民送菜送药,没有一个人叫苦叫累。',
  '让我们携手共建美好家园,为社区的明天贡献力量!',
  '近日,社区召开了居民议事会,大家围绕停车难问题展开讨论,提出了很多好建议。',
  '我相信,只要我们心往一处想,劲往一处使,就没有克服不了的困难。',
];

const rows: PageCase[] = [
  {
    name: 'a list entry numbered 1 keeps its title over sections numbered 一、 二、',
    lines: [
      '1、社区网格员培训学习心得',
      '这次培训让我对网格员的工作有了全新的认识。' + body,
      '一、提高认识',
      '网格虽小,连着千家万户。' + body,
      '二、改进方法',
      '走访要细,记录要全。' + body,
    ],
    titles: ['1、社区网格员培训学习心得'],
    junk: [],
  },
  {
    name: 'a page title with a word count and a summary line above an indexed title',
    lines: [
      '《长津湖》观后感',
      '时间:2023-04-08 11:13:17',
      '《长津湖》观后感[此文共3210字]',
      '[摘要]《长津湖》观后感为网友投稿推荐,但愿对你的学习工作带来帮助。',
      '《长津湖》观后感一',
      '看完这部电影,我久久不能平静。' + body,
      '志愿军战士们的英勇让我泪流满面。' + body,
    ],
    titles: ['《长津湖》观后感一'],
    junk: [
      '《长津湖》观后感',
      '时间:2023-04-08 11:13:17',
      '《长津湖》观后感[此文共3210字]',
      '[摘要]《长津湖》观后感为网友投稿推荐,但愿对你的学习工作带来帮助。',
    ],
  },
  {
    name: 'a headline, then a near copy of it above the text: the headline is the title',
    lines: [
      '党课讲稿 党课讲稿弘扬劳模精神',
      '时间:2020-12-05 10:39:50 来源:网友投稿',
      '党课讲稿 党课讲稿:弘扬劳模的精神',
      '同志们,今天我们一起学习劳模精神。' + body,
    ],
    titles: ['党课讲稿 党课讲稿弘扬劳模精神'],
    junk: ['时间:2020-12-05 10:39:50 来源:网友投稿'],
  },
  {
    name: 'copies of the page title above an editor’s note are the page’s; the title is below it',
    lines: [
      '观后感',
      '禁毒教育观后感',
      '时间:2024-06-29 07:02:10 观后感 我要投稿',
      '禁毒教育观后感',
      '看完一部影片,总有话想说。以下是小编精心整理的禁毒教育观后感,希望对大家有所帮助。',
      '禁毒教育观后感',
      '毒品给一个个家庭带来的伤害让我震惊。' + body,
    ],
    titles: ['禁毒教育观后感'],
    junk: [
      '观后感',
      '禁毒教育观后感',
      '时间:2024-06-29 07:02:10 观后感 我要投稿',
      '禁毒教育观后感',
      '看完一部影片,总有话想说。以下是小编精心整理的禁毒教育观后感,希望对大家有所帮助。',
    ],
  },
  {
    name: 'a headline set on two lines above a dash subtitle starts on the upper line',
    lines: [
      '凝心聚力谋发展',
      '砥砺奋进新征程',
      '——学习全会精神心得体会',
      '全会的召开,为我们指明了前进方向。' + body,
    ],
    titles: ['凝心聚力谋发展'],
    junk: [],
  },
  {
    name: 'a headline that names the work, then its own second half, then a dash subtitle',
    lines: [
      '《守护家园》观后感:家园之美,在于守护',
      '家园之美,在于守护',
      '——观看环保纪录片有感',
      '周末我们组织观看了环保纪录片。' + body,
    ],
    titles: ['《守护家园》观后感:家园之美,在于守护'],
    junk: [],
  },
  {
    name: 'a collection’s name without a count, the only line above the text, is its title',
    lines: [
      '时间:2023-04-08 11:13:17',
      '网格员工作心得范文大全',
      '这次培训让我对网格员的工作有了全新的认识。' + body,
      '网格虽小,连着千家万户。' + body,
    ],
    titles: ['网格员工作心得范文大全'],
    junk: ['时间:2023-04-08 11:13:17'],
  },
  {
    name: 'a page title with a count and the site’s name over one untitled essay',
    lines: ['社区工作心得体会5篇 - 某某文库', ...untitledText],
    titles: [null],
    junk: ['社区工作心得体会5篇 - 某某文库'],
    compilation: null,
  },
  {
    name: 'a count the excerpt is too short to hold, over untitled text: one essay, not a split',
    lines: ['社区工作心得体会(通用5篇)', ...untitledText],
    titles: [null],
    junk: ['社区工作心得体会(通用5篇)'],
    compilation: null,
  },
];

describe('titles among page titles and their copies', () => {
  itReadsPages(rows);
});

describe('the header ends with the title and what goes with it', () => {
  it('a line under an indexed title that neither repeats it nor names a kind is the text', () => {
    const lines = [
      '社区工作心得体会 篇1',
      '从一次走访说起',
      '去年冬天,我第一次走进独居老人的家。' + body,
    ];
    const e = analyzeText('page.txt', lines.join('\n')).essays[0];
    expect(e?.title).toBe('社区工作心得体会 篇1');
    expect(e?.paragraphs?.map((p) => p.text)).toEqual([lines[1], lines[2]]);
  });

  it('the title repeated under itself on two lines is neither, both halves', () => {
    const lines = [
      '第一篇:社区网格化管理工作总结及明年工作的',
      '社区网格化管理工作总结及明年工作的',
      '初步思路和打算',
      '今年以来,社区全面推行网格化管理。' + body,
    ];
    const e = analyzeText('page.txt', lines.join('\n')).essays[0];
    expect(e?.title).toBe(lines[0]);
    expect(e?.paragraphs?.map((p) => p.text)).toEqual([lines[3]]);
  });
});
