import { describe, expect, it } from 'vitest';
import { formatDate } from '@/lib/i18n/dates';
import { pick } from '@/lib/i18n/localized';

describe('localized text', () => {
  it('uses the asked language when written', () => {
    expect(pick({ en: 'Poet', ru: 'Поэт', kk: 'Ақын' }, 'kk')).toEqual({ text: 'Ақын', locale: 'kk', fallback: false });
  });

  it('falls back to English and says so', () => {
    expect(pick({ en: 'Poet', ru: '  ' }, 'ru')).toEqual({ text: 'Poet', locale: 'en', fallback: true });
  });
});

describe('dates', () => {
  it('shows a date only as precisely as it is known', () => {
    expect(formatDate('2017-01-01', 'en', 'year')).toBe('2017');
    expect(formatDate('2019-10-01', 'en', 'month')).toBe('October 2019');
    expect(formatDate('2011-12-16', 'en')).toBe('16 December 2011');
    expect(formatDate('2011-12-16', 'ru')).toBe('16 декабря 2011 г.');
  });
});
