import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isLocale, type Locale } from './locales';

/**
 * The locale of a page from its route params. Pages render alongside their layout, so each must
 * check on its own: `/favicon.ico` and the like reach `[locale]` too and must get a 404, not a 500.
 */
export async function localeParam(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
