// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { defineMessages, formatDate, formatDateTime } from '../../../renderer/src/i18n/messages';

/** A bundle written for this test: the English functions take their types from the Chinese. */
const bundle = defineMessages(
  {
    save: '保存',
    count: (n: number) => `${n} 项`,
    dialog: { title: '重命名', steps: ['第一步', '第二步'] },
  },
  {
    save: 'Save',
    count: (n) => `${n} ${n === 1 ? 'item' : 'items'}`,
    dialog: { title: 'Rename', steps: ['Step one', 'Step two'] },
  },
);

describe('defineMessages', () => {
  it.each([
    ['zh-CN', '保存', '3 项', '重命名', ['第一步', '第二步']],
    ['en', 'Save', '3 items', 'Rename', ['Step one', 'Step two']],
  ] as const)('gives %s its own text, in groups too', (language, save, count, title, steps) => {
    const t = bundle[language];
    expect(t.save).toBe(save);
    expect(t.count(3)).toBe(count);
    expect(t.dialog.title).toBe(title);
    expect(t.dialog.steps).toEqual(steps);
  });

  it('refuses English without a key of the Chinese, or of another type (when type-checked)', () => {
    // The compiler is the check here (`npm run typecheck` covers this file): each bundle below
    // must fail to compile, or its @ts-expect-error fails the typecheck.
    const refused = [
      // @ts-expect-error the English lacks a key
      () => defineMessages({ save: '保存', cancel: '取消' }, { save: 'Save' }),
      // @ts-expect-error the English has a key the Chinese lacks
      () => defineMessages({ save: '保存' }, { save: 'Save', cancel: 'Cancel' }),
      // @ts-expect-error the English takes another argument than the Chinese
      () => defineMessages({ count: (n: number) => `${n} 项` }, { count: (n: string) => n }),
      // @ts-expect-error a list in one language and one string in the other
      () => defineMessages({ steps: ['第一步'] }, { steps: 'Step one' }),
    ];
    expect(refused).toHaveLength(4);
  });
});

describe('dates as the lists show them', () => {
  // Built from local fields, so the test holds in any time zone.
  const morning = new Date(2026, 0, 4, 9, 5, 3).toISOString();
  const evening = new Date(2026, 11, 31, 23, 59, 59).toISOString();

  it('shows a day as year-month-day with two-digit month and day', () => {
    expect(formatDate(morning)).toBe('2026-01-04');
    expect(formatDate(evening)).toBe('2026-12-31');
  });

  it('shows a moment to the minute, or to the second where asked', () => {
    expect(formatDateTime(morning)).toBe('2026-01-04 09:05');
    expect(formatDateTime(morning, { seconds: true })).toBe('2026-01-04 09:05:03');
    expect(formatDateTime(evening, { seconds: true })).toBe('2026-12-31 23:59:59');
  });
});
