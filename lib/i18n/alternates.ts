import type { Metadata } from 'next';
import { defaultLocale, locales, type Locale } from './locales';

/** Canonical URL and hreflang alternates of one page, given its path without the locale. */
export function alternates(locale: Locale, path: string): Metadata['alternates'] {
  const suffix = path === '/' ? '' : path;
  return {
    canonical: `/${locale}${suffix}`,
    languages: {
      ...Object.fromEntries(locales.map((l) => [l, `/${l}${suffix}`])),
      'x-default': `/${defaultLocale}${suffix}`,
    },
  };
}
