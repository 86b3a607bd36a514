import { createTranslator } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';
import en from '@/messages/en.json';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';

const messages = { en, ru, kk } as unknown as Record<Locale, typeof en>;

/** The `Email` texts of one language; mail is rendered outside any request, so not via next-intl's request config. */
export function emailTranslator(locale: Locale) {
  return createTranslator({ locale, messages: messages[locale], namespace: 'Email' });
}

export type EmailTranslator = ReturnType<typeof emailTranslator>;

/** A moment in the event's own time zone, as people of that language write it. */
export function formatMoment(iso: string, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(new Date(iso));
}
