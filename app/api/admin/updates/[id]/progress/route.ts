import { isUuid } from '@/lib/forms/form-input';
import { authorizeRequest } from '@/lib/auth/session';
import { sendProgress } from '@/lib/updates/fanout';

export const dynamic = 'force-dynamic';

/** The send's figures for the dashboard, polled while it runs. Organisers only. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const auth = await authorizeRequest('organiser');
  if ('response' in auth) return auth.response;
  const { id } = await params;
  if (!isUuid(id)) return new Response('No such update.', { status: 404 });
  return Response.json(await sendProgress(id), { headers: { 'cache-control': 'no-store' } });
}
