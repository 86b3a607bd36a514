import type { ReactElement } from 'react';
import type { MailAttachment } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import type { EmailTranslator } from './i18n';
import type { Frame, TemplateContext } from './layout';

export type { MailAttachment };

/** One message: its subject, its body, the files sent with it, and sample props for the previews. */
export type MailTemplate<P> = {
  subject: (t: EmailTranslator, props: P, locale: Locale) => string;
  Component: (props: P & TemplateContext) => ReactElement;
  /**
   * Files written from the same props, in the same language. Only for transactional mail: Resend
   * takes no attachments in a batch call, which is how bulk mail goes out.
   */
  attachments?: (t: EmailTranslator, props: P, context: { locale: Locale; frame: Frame }) => MailAttachment[];
  /** Sample data for `npm run email` and /dev/mailbox/previews. */
  preview: P;
};

export function defineTemplate<P>(template: MailTemplate<P>): MailTemplate<P> {
  return template;
}
