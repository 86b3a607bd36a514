import { isUuid } from '@/lib/forms/form-input';
import { requireRole } from '@/lib/auth/session';
import { isLocale } from '@/lib/i18n/locales';
import { updateEmailPreview } from '@/lib/updates/email-preview';
import { getUpdateForEditing } from '@/lib/updates/queries';

export const dynamic = 'force-dynamic';

/**
 * The update's email in one language (`?locale=ru`). A link organisers click in the dashboard, so
 * it answers like a dashboard page: nobody signed in is sent to sign in, a wrong role gets 403.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireRole('organiser');
  const { id } = await params;
  const locale = new URL(request.url).searchParams.get('locale') ?? 'en';
  if (!isUuid(id) || !isLocale(locale)) return new Response('Not found.', { status: 404 });
  const update = await getUpdateForEditing(id);
  if (!update) return new Response('Not found.', { status: 404 });
  const mail = await updateEmailPreview(update, locale);
  return new Response(mail.html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}
