import { describe, expect, it } from 'vitest';
import { matchMarker } from '../../../../electron/core/miner/numbering';
import { normPunct } from '../../../../electron/core/miner/text';

describe('matchMarker', () => {
  const rows: Array<{ input: string; scheme: string | null; ordinal?: number }> = [
    { input: '一、强化安全意识', scheme: '一、', ordinal: 1 },
    { input: '十二、结语', scheme: '一、', ordinal: 12 },
    { input: '（三）完善制度体系', scheme: '(cn)', ordinal: 3 },
    { input: '(二)压实主体责任', scheme: '(cn)', ordinal: 2 },
    { input: '2、开展隐患排查', scheme: 'num、', ordinal: 2 },
    { input: '3.加强教师培训', scheme: 'num.', ordinal: 3 },
    { input: '(4)落实整改', scheme: '(num)', ordinal: 4 },
    { input: '一是抓好理论学习。', scheme: '一是', ordinal: 1 },
    { input: '三要深入田间地头。', scheme: '一要', ordinal: 3 },
    { input: '第一、是对师德的检阅。', scheme: '第cn', ordinal: 1 },
    { input: '第二,坚持问题导向。', scheme: '第cn', ordinal: 2 },
    { input: '第三是狠抓落实。', scheme: '第cn', ordinal: 3 },
    { input: '首先要学深悟透。', scheme: 'seq', ordinal: 1 },
    { input: '其次,要联系实际。', scheme: 'seq', ordinal: 2 },
    { input: '最后要久久为功。', scheme: 'seq', ordinal: 0 },
    { input: '其一,读原著。', scheme: '其一', ordinal: 1 },
    { input: '起初,读书只是任务。', scheme: 'time', ordinal: 1 },
    { input: '后来,读书成了习惯。', scheme: 'time', ordinal: 2 },
    // not markers
    { input: '第一书记驻村以来', scheme: null },
    { input: '第一次走进课堂', scheme: null },
    { input: '最后一公里的问题', scheme: null },
    { input: '一看房、二看粮', scheme: null },
    { input: '2023年是关键之年', scheme: null },
    { input: '3.5万人参加培训', scheme: null },
  ];
  it.each(rows)('$input', ({ input, scheme, ordinal }) => {
    const m = matchMarker(normPunct(input));
    if (scheme === null) expect(m).toBeNull();
    else {
      expect(m?.scheme).toBe(scheme);
      expect(m?.ordinal).toBe(ordinal);
    }
  });
});
