import { describe, expect, it } from 'vitest';
import {
  normalizePunctuation,
  withChinesePunctuation,
} from '../../../../electron/core/draft/punctuation';
import { safetyDraft } from '../../support/fixtures';

/** Lines as pasted, grouped by what normalizePunctuation does to them; no `expected`: unchanged. */
const GROUPS: Array<{ title: string; cases: Array<{ input: string; expected?: string }> }> = [
  {
    title: 'ASCII marks touching Chinese become full-width',
    cases: [
      // The seed essays, as pasted from the web.
      {
        input: '25日起,三集政论专题片在中央广播电视总台央视综合频道20:00黄金档播出。',
        expected: '25日起，三集政论专题片在中央广播电视总台央视综合频道20:00黄金档播出。',
      },
      {
        input: '可从另一个层面来看,这不也是一种形式主义吗?',
        expected: '可从另一个层面来看，这不也是一种形式主义吗？',
      },
      { input: '干一件实事呢!', expected: '干一件实事呢！' },
      {
        input: '非但不接受锤炼,反而挖空心思搞“纸上扶贫”“形式脱贫”;还有些干部',
        expected: '非但不接受锤炼，反而挖空心思搞“纸上扶贫”“形式脱贫”；还有些干部',
      },
      { input: '同志们:', expected: '同志们：' },
      { input: '同志们 : 今天', expected: '同志们：今天' },
      { input: '你好 , 世界', expected: '你好，世界' },
      { input: '“督战员”,要把', expected: '“督战员”，要把' },
      // Parentheses change as a pair.
      { input: '(一)压实企业主体责任', expected: '（一）压实企业主体责任' },
      { input: '人工智能 (AI) 技术', expected: '人工智能（AI）技术' },
      { input: '要求(1)做好', expected: '要求（1）做好' },
      { input: '通过ISO(9001)认证', expected: '通过ISO（9001）认证' },
      { input: '(详见附件', expected: '（详见附件' },
      // English text at the edge of Chinese.
      { input: 'AI,让生活更美好', expected: 'AI，让生活更美好' },
    ],
  },
  {
    title: 'what it leaves alone',
    cases: [
      { input: '全县共有1,000名职工参加培训。' },
      { input: '会议于10:30开始。' },
      { input: '网址:http://example.cn/?q=1', expected: '网址：http://example.cn/?q=1' },
      { input: 'Hello, world! (English only)' },
      { input: 'It\'s a "quote" in English.' },
      { input: '1.开展全员安全培训' },
      { input: '已经是全角：，；！？（）“”‘’' },
      { input: '' },
    ],
  },
  {
    title: 'straight quotes pair into curly ones',
    cases: [
      {
        input: '战就要"轻装上阵",杜绝"层层加码"。',
        expected: '战就要“轻装上阵”，杜绝“层层加码”。',
      },
      { input: "他说'中国梦'很美。", expected: '他说‘中国梦’很美。' },
      { input: '他说:"我们要\'撸起袖子加油干\'。"', expected: '他说：“我们要‘撸起袖子加油干’。”' },
      // A straight quote closes a curly one left open, and the other way round.
      { input: '从“教书"走向"育人”', expected: '从“教书”走向“育人”' },
      // Apostrophes are not quotes.
      { input: "学习Xi's讲话和don't精神", expected: "学习Xi's讲话和don't精神" },
      // An odd quote out stays straight: there is no telling where it ends.
      { input: '他说"好的', expected: '他说"好的' },
      { input: '"一"和"二"和"三', expected: '“一”和“二”和"三' },
    ],
  },
];

describe.each(GROUPS)('normalizePunctuation: $title', ({ cases }) => {
  it.each(cases)('$input', ({ input, expected }) => {
    expect(normalizePunctuation(input)).toBe(expected ?? input);
  });
});

describe('normalizePunctuation across lines', () => {
  it('pairs quotes within each line, never across a line break', () => {
    expect(normalizePunctuation('第一行"开\n第二行"关')).toBe('第一行"开\n第二行"关');
  });
});

describe('withChinesePunctuation', () => {
  it('fixes every part of a draft and keeps its structure', () => {
    const draft = safetyDraft({
      title: '学习"两会"精神心得',
      opening: '同志们:\n今天开会,主要任务是部署工作。',
      sections: [{ id: 's1', level: 1, heading: '提高认识,压实责任', body: '第一段!\n第二段?' }],
      closing: '谢谢大家(完)',
    });
    const fixed = withChinesePunctuation(draft);
    expect(fixed).toEqual({
      ...draft,
      title: '学习“两会”精神心得',
      opening: '同志们：\n今天开会，主要任务是部署工作。',
      sections: [{ id: 's1', level: 1, heading: '提高认识，压实责任', body: '第一段！\n第二段？' }],
      closing: '谢谢大家（完）',
    });
  });

  it('changes nothing in a draft already punctuated in Chinese', () => {
    const draft = safetyDraft();
    expect(withChinesePunctuation(draft)).toEqual(draft);
  });
});
