import { db } from '@/db/client';
import type { CaseUpdateRow } from '@/db/schema';
import { emailTranslator } from '@/emails/i18n';
import { appUrl } from '@/lib/site-url';
import type { Locale } from '@/lib/i18n/locales';
import { renderMail, type RenderedMail } from '@/lib/mail/render';
import { updateMailProps } from './mail';

/**
 * The update's email in one language, rendered by the template and renderer the worker uses, as a
 * subscriber gets it but with sample links where each mail has its own (unsubscribe, preferences).
 */
export async function updateEmailPreview(update: CaseUpdateRow, locale: Locale): Promise<RenderedMail> {
  const site = appUrl();
  const props = { ...(await updateMailProps(db(), update, locale)), preferencesUrl: `${site}/${locale}/subscriptions/preferences` };
  return renderMail('case-update', props, locale, {
    stream: 'bulk',
    site,
    listLabel: emailTranslator(locale)('caseUpdate.list'),
    unsubscribeUrl: `${site}/${locale}/unsubscribe`,
  });
}
