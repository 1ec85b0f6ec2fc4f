import type { ExportPreset, FontScheme } from '../../../../electron/shared/model';

/** What the export dialog produces: a Word file, or plain text in one of two encodings. */
export type ExportFormat = 'docx' | 'txt-utf8' | 'txt-gb18030';

/** Everything the export dialog asks, as the user last chose it. */
export interface ExportChoice {
  format: ExportFormat;
  preset: ExportPreset;
  fontScheme: FontScheme;
  /** The author or unit on the line under the title; '' for none. */
  author: string;
  date: string;
}

export const EXPORT_FORMATS = [
  'docx',
  'txt-utf8',
  'txt-gb18030',
] as const satisfies readonly ExportFormat[];
export const PRESETS = ['gbt9704', 'plain'] as const satisfies readonly ExportPreset[];
export const FONT_SCHEMES = ['gb', 'windows'] as const satisfies readonly FontScheme[];

export const DEFAULT_CHOICE: ExportChoice = {
  format: 'docx',
  preset: 'gbt9704',
  fontScheme: 'gb',
  author: '',
  date: '',
};

/** The host refuses longer ones; the fields stop there first. */
export const MAX_AUTHOR = 200;
export const MAX_DATE = 100;

const KEY = 'fanshi.export';

const oneOf = <T extends string>(allowed: readonly T[], value: unknown, fallback: T): T =>
  allowed.find((a) => a === value) ?? fallback;

const text = (value: unknown, max: number): string =>
  typeof value === 'string' ? value.slice(0, max) : '';

/**
 * The last choice, kept in this profile's storage as the interface language is (in the desktop
 * app it lasts across restarts). Anything missing or not understood falls back to the default,
 * field by field, so a damaged entry costs one choice, not all of them.
 */
export function loadExportChoice(): ExportChoice {
  let saved: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    if (parsed && typeof parsed === 'object') saved = parsed as Record<string, unknown>;
  } catch {
    // Storage off or the entry unreadable: the defaults.
  }
  return {
    format: oneOf(EXPORT_FORMATS, saved.format, DEFAULT_CHOICE.format),
    preset: oneOf(PRESETS, saved.preset, DEFAULT_CHOICE.preset),
    fontScheme: oneOf(FONT_SCHEMES, saved.fontScheme, DEFAULT_CHOICE.fontScheme),
    author: text(saved.author, MAX_AUTHOR),
    date: text(saved.date, MAX_DATE),
  };
}

export function saveExportChoice(choice: ExportChoice): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(choice));
  } catch {
    // Not remembered, but this export still goes ahead.
  }
}

/** Today as an official document dates itself: 2026年3月5日 (Arabic numerals, no leading zeros). */
export function todayAsDate(now = new Date()): string {
  return `${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日`;
}
