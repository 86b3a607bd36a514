import type { Locale, Localized } from './locales';

export type Resolved = {
  text: string;
  /** The locale the text is really in; differs from the asked one when we fell back to English. */
  locale: Locale;
  fallback: boolean;
};

/** Picks the text for a locale, falling back to English so a page never shows a hole. */
export function pick(value: Localized, locale: Locale): Resolved {
  const own = value[locale]?.trim();
  if (own) return { text: own, locale, fallback: false };
  return { text: value.en, locale: 'en', fallback: locale !== 'en' };
}

export function pickText(value: Localized | null | undefined, locale: Locale): string | null {
  return value ? pick(value, locale).text : null;
}
