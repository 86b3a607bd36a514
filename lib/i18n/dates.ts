import type { Locale } from './locales';

export type Precision = 'day' | 'month' | 'year';

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

/**
 * Formats a calendar date (`YYYY-MM-DD`) only as precisely as it is known: "2017" is not shown as
 * "1 January 2017". Calendar dates have no time zone, so they are read and shown in UTC.
 */
// British English writes "16 December 2011", as the campaign's European readers do.
const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', ru: 'ru', kk: 'kk' };

export function formatDate(iso: string, locale: Locale, precision: Precision = 'day'): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...OPTIONS[precision], timeZone: 'UTC' }).format(date);
}

/**
 * A moment as the dashboard shows it: date and time to the second, in UTC (the zone organisers
 * in several countries share), written the way the reader's language writes dates.
 */
export function formatUtcMoment(at: Date, locale: Locale): string {
  const text = new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' }).format(at);
  return `${text} UTC`;
}
