import { requireRole } from '@/lib/auth/session';
import { exportSignaturesCsv } from '@/lib/petitions/export';
import { petitionForOrganisers } from '@/lib/petitions/queries';

export const dynamic = 'force-dynamic';

/**
 * The confirmed signatures as CSV, for delivery. A link organisers click in the dashboard, so it
 * answers like a dashboard page: nobody signed in is sent to sign in, a wrong role gets 403. The
 * audit log records who took the signers' data, and how many rows.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole('organiser');
  const petition = await petitionForOrganisers((await params).id);
  if (!petition) return new Response('Not found', { status: 404 });
  return new Response(await exportSignaturesCsv(actor, petition.id), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${petition.slug}-signatures.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
