import { petitionLiveCount } from '@/lib/petitions/queries';

export const dynamic = 'force-dynamic';

/**
 * The live part of a cached petition page (public/petition-live.js reads it every few
 * seconds): the count, the table by country, the recent signers who chose to be shown (first name
 * and country). A CDN or proxy may hold it for 5 seconds; here it is one read per second per process.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const live = await petitionLiveCount(slug);
  if (!live) return Response.json({ error: 'not_found' }, { status: 404, headers: { 'Cache-Control': 'public, s-maxage=5' } });
  return Response.json(live, { headers: { 'Cache-Control': 'public, max-age=0, s-maxage=5, stale-while-revalidate=5, stale-if-error=60' } });
}
