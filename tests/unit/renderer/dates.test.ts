import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../../renderer/src/i18n/dates';

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
