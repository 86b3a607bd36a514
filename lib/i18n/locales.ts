export const locales = ['en', 'ru', 'kk'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Text a person reads, in English always and in Russian and Kazakh where written. */
export type Localized = { en: string } & Partial<Record<Exclude<Locale, 'en'>, string>>;
