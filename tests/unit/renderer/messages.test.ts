// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { defineMessages } from '../../../renderer/src/i18n/messages';

/** A bundle of text written for this test: each shape a key can take, nested once. */
const bundle = defineMessages({
  save: { zh: '保存', en: 'Save' },
  steps: { zh: ['第一步', '第二步'], en: ['Step one', 'Step two'] },
  count: { zh: (n: number) => `${n} 项`, en: (n: number) => `${n} items` },
  dialog: {
    title: { zh: '重命名', en: 'Rename' },
    confirm: { inner: { zh: '确定', en: 'OK' } },
  },
});

describe('defineMessages', () => {
  it.each([
    ['zh-CN', '保存', ['第一步', '第二步'], '3 项', '重命名', '确定'],
    ['en', 'Save', ['Step one', 'Step two'], '3 items', 'Rename', 'OK'],
  ] as const)(
    'gives %s its side of every pair, in groups too',
    (lang, save, steps, count, title, ok) => {
      const t = bundle[lang];
      expect(t.save).toBe(save);
      expect(t.steps).toEqual(steps);
      expect(t.count(3)).toBe(count);
      expect(t.dialog.title).toBe(title);
      expect(t.dialog.confirm.inner).toBe(ok);
    },
  );

  it('refuses a key without its English, or English of another type (when type-checked)', () => {
    // The compiler is the check here (`npm run typecheck` covers this file): each bundle below
    // must fail to compile, or its @ts-expect-error fails the typecheck.
    const refused = [
      // @ts-expect-error the English is missing
      () => defineMessages({ save: { zh: '保存' } }),
      // @ts-expect-error a plain string is not a pair of translations
      () => defineMessages({ save: '保存' }),
      // @ts-expect-error the English takes another argument than the Chinese
      () => defineMessages({ count: { zh: (n: number) => `${n} 项`, en: (n: string) => n } }),
      // @ts-expect-error a list in one language and one string in the other
      () => defineMessages({ steps: { zh: ['第一步'], en: 'Step one' } }),
    ];
    expect(refused).toHaveLength(4);
  });
});
