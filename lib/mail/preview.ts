import { templateNames, templates, type TemplateName } from '@/emails/index';
import { locales } from '@/lib/i18n/locales';
import type { Executor } from '@/db/tx';
import { enqueueMail } from './enqueue';

/** Which templates go out as bulk mail, and so are previewed with the unsubscribe footer. */
export const bulkTemplates = new Set<TemplateName>(['case-update']);
export const previewList = { id: 'case-updates.preview', label: 'Erzhan Elshibayev' };

/**
 * Queues every template in every language, with its sample data, to one address: the way to
 * preview them in the local mailbox through the real pipeline (web processes do not render mail).
 */
export async function sendPreviews(executor: Executor, to = 'preview@example.org'): Promise<number> {
  let count = 0;
  for (const template of templateNames) {
    for (const locale of locales) {
      const props = templates[template].preview as never;
      await enqueueMail(executor, { template, locale, to, props, list: bulkTemplates.has(template) ? previewList : undefined });
      count += 1;
    }
  }
  return count;
}
