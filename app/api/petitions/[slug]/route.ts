import { petitionCounts } from '@/lib/petitions/queries';

export const dynamic = 'force-dynamic';

/** Public JSON: the count and the breakdown by country. Never an email, a name or an address. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const counts = await petitionCounts(slug);
  if (!counts) return Response.json({ error: 'not_found' }, { status: 404 });
  return Response.json(counts, {
    headers: { 'Cache-Control': 'public, max-age=5', 'Access-Control-Allow-Origin': '*' },
  });
}
