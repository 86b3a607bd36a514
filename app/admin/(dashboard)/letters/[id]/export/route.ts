import { requireRole } from '@/lib/auth/session';
import { actionForOrganisers, exportLettersCsv } from '@/lib/letters/organise';

export const dynamic = 'force-dynamic';

/**
 * The delivery record as CSV: every confirmed letter as its recipient sees it (never the writer's
 * address). Answers like a dashboard page; each export is in the audit log.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole('organiser');
  const action = await actionForOrganisers((await params).id);
  if (!action) return new Response('Not found', { status: 404 });
  return new Response(await exportLettersCsv(actor, action.id), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${action.slug}-letters.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
