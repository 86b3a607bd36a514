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
