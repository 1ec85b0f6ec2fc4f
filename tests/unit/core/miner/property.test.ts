import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../../electron/core/decode';
import { analyzeText } from '../../../../electron/core/miner';
import { AppFailure } from '../../../../electron/shared/result';

/** Pieces that exercise the miner's rules, mixed with arbitrary text. */
const pieces = fc.constantFrom(
  '一、',
  '（二）',
  '1、',
  '2.',
  '一是',
  '二是',
  '首先,',
  '其次,',
  '最后,',
  '第一,',
  '起初,',
  '后来,',
  '。',
  '!',
  '?',
  ',',
  ':',
  '“',
  '”',
  '\n',
  ' ',
  '\r\n',
  '篇一',
  '【3篇】',
  '当前位置:',
  '……',
  '安全生产',
  '读书',
  '乡村振兴',
  '要在“实”字上用力',
  '\u3000',
  '\ufeff',
);
const text = fc
  .array(
    fc.oneof(pieces, fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 })),
    {
      maxLength: 40,
    },
  )
  .map((parts) => parts.join(''));

function safely(run: () => unknown): void {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(AppFailure);
  }
}

describe('miner property: no throw beyond AppFailure, no hang', () => {
  it('random strings', () => {
    fc.assert(
      fc.property(text, (s) => {
        const a = analyzeText('p.txt', s);
        for (const e of a.essays) {
          for (const g of e.parallel_groups)
            for (const m of g.members) expect(e.headings[m]).toBeDefined();
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        safely(() => {
          const d = decodeBytes(bytes);
          analyzeText('p.txt', d.text, d.encoding);
        });
      }),
      { numRuns: 5000 },
    );
  });
});
