// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_CHOICE,
  loadExportChoice,
  saveExportChoice,
  todayAsDate,
  type ExportChoice,
} from '../../../renderer/src/features/export/export-choice';

const KEY = 'fanshi.export';

beforeEach(() => localStorage.clear());

describe('the remembered export choice', () => {
  it('is the default (Word, GB/T 9704, GB fonts, no byline) before any export', () => {
    expect(loadExportChoice()).toEqual(DEFAULT_CHOICE);
    expect(DEFAULT_CHOICE).toEqual({
      format: 'docx',
      preset: 'gbt9704',
      fontScheme: 'gb',
      author: '',
      date: '',
    });
  });

  it('comes back as saved', () => {
    const choice: ExportChoice = {
      format: 'txt-gb18030',
      preset: 'plain',
      fontScheme: 'windows',
      author: '县教育局',
      date: '2026年3月5日',
    };
    saveExportChoice(choice);
    expect(loadExportChoice()).toEqual(choice);
  });

  it.each([
    { stored: 'not json', expected: DEFAULT_CHOICE },
    { stored: 'null', expected: DEFAULT_CHOICE },
    {
      stored: JSON.stringify({ format: 'pdf', preset: 'plain', fontScheme: 7, author: '乡政府' }),
      expected: { ...DEFAULT_CHOICE, preset: 'plain', author: '乡政府' },
    },
    {
      stored: JSON.stringify({ author: '单'.repeat(300), date: ['2026'] }),
      expected: { ...DEFAULT_CHOICE, author: '单'.repeat(200) },
    },
  ])('keeps what it understands of a damaged entry: $stored', ({ stored, expected }) => {
    localStorage.setItem(KEY, stored);
    expect(loadExportChoice()).toEqual(expected);
  });
});

describe('todayAsDate', () => {
  it.each([
    { at: new Date(2026, 2, 5), expected: '2026年3月5日' },
    { at: new Date(2025, 11, 31), expected: '2025年12月31日' },
  ])('writes $expected as an official document dates itself', ({ at, expected }) => {
    expect(todayAsDate(at)).toBe(expected);
  });
});
