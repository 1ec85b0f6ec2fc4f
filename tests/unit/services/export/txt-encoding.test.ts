import { describe, expect, it } from 'vitest';
import { draftToTxt } from '../../../../electron/services/export/txt-export';
import type { Draft } from '../../../../electron/shared/model';
import { safetyDraft } from '../../support/fixtures';

const draft = (): Draft =>
  safetyDraft({
    title: '学习“两会”精神心得体会',
    opening: '2026年全国两会胜利召开,我认真学习了政府工作报告。',
    numbering: ['一是'],
    sections: [
      { id: 's1', level: 1, heading: '提高站位。', body: '要把思想统一到部署上来。', inline: true },
      { id: 's2', level: 1, heading: '狠抓落实。', body: '做到“事事有回音”。', inline: true },
    ],
    closing: '𠀀字与€符号也要写得出。',
  });

const EXPECTED = [
  '学习“两会”精神心得体会',
  '\u3000\u30002026年全国两会胜利召开，我认真学习了政府工作报告。',
  '\u3000\u3000一是提高站位。要把思想统一到部署上来。',
  '\u3000\u3000二是狠抓落实。做到“事事有回音”。',
  '\u3000\u3000𠀀字与€符号也要写得出。',
];

describe('draftToTxt encodings', () => {
  it('UTF-8: BOM, then the text with Chinese punctuation and inline headings run in', () => {
    const bytes = draftToTxt(draft(), { lineEnding: 'lf' });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      bytes.subarray(3),
    );
    expect(text).toBe(EXPECTED.map((l) => `${l}\n`).join(''));
  });

  it('GB18030: no BOM, every character round-trips, including ones outside GBK', () => {
    const bytes = draftToTxt(draft(), { encoding: 'gb18030' });
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    expect(text).toBe(EXPECTED.map((l) => `${l}\r\n`).join(''));
    // 中 is the two bytes D6 D0 in GB2312/GBK/GB18030; an ideographic space is A1 A1.
    const zhong = draftToTxt(safetyDraft({ title: '中', opening: '', sections: [], closing: '' }), {
      encoding: 'gb18030',
      lineEnding: 'lf',
    });
    expect([...zhong]).toEqual([0xd6, 0xd0, 0x0a]);
    expect(Buffer.from(bytes).includes(Buffer.from([0xa1, 0xa1, 0xa1, 0xa1]))).toBe(true);
  });

  it('GB18030 takes two bytes a Chinese character where UTF-8 takes three', () => {
    const utf8 = draftToTxt(safetyDraft(), {});
    const gb = draftToTxt(safetyDraft(), { encoding: 'gb18030' });
    expect(gb.length).toBeLessThan(utf8.length * 0.7);
  });
});
