import { db } from '@/db/client';
import { emailTranslator } from '@/emails/i18n';
import { requireRole } from '@/lib/auth/session';
import { isUuid } from '@/lib/admin/form-input';
import { appUrl } from '@/lib/env';
import { isLocale } from '@/lib/i18n/locales';
import { renderMail } from '@/lib/mail/render';
import { getUpdateForEditing } from '@/lib/updates/organise';
import { updateMailProps } from '@/lib/updates/mail';

export const dynamic = 'force-dynamic';

/**
 * The update's email in one language (`?locale=ru`), rendered by the same template and renderer the
 * worker uses, as subscribers would get it, but with sample links where each mail has its own. A
 * link organisers click in the dashboard, so it answers like a dashboard page: nobody signed in is
 * sent to sign in, a wrong role gets 403.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireRole('organiser');
  const { id } = await params;
  const locale = new URL(request.url).searchParams.get('locale') ?? 'en';
  if (!isUuid(id) || !isLocale(locale)) return new Response('Not found.', { status: 404 });
  const update = await getUpdateForEditing(id);
  if (!update) return new Response('Not found.', { status: 404 });
  const site = appUrl();
  const props = { ...(await updateMailProps(db(), update, locale)), preferencesUrl: `${site}/${locale}/subscriptions/preferences` };
  const mail = await renderMail('case-update', props, locale, {
    stream: 'bulk',
    site,
    listLabel: emailTranslator(locale)('caseUpdate.list'),
    unsubscribeUrl: `${site}/${locale}/unsubscribe`,
  });
  return new Response(mail.html, {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
