import type { ReactElement } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { EmailTranslator } from './i18n';
import type { TemplateContext } from './layout';

/** One message: its subject, its body, and sample props for the previews. */
export type MailTemplate<P> = {
  subject: (t: EmailTranslator, props: P, locale: Locale) => string;
  Component: (props: P & TemplateContext) => ReactElement;
  /** Sample data for `npm run email` and /dev/mailbox/previews. */
  preview: P;
};

export function defineTemplate<P>(template: MailTemplate<P>): MailTemplate<P> {
  return template;
}
