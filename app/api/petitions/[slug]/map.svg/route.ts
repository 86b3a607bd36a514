import { shadedMapSvg } from '@/lib/geo/svg';
import { recentPetitionPage } from '@/lib/petitions/queries';

export const dynamic = 'force-dynamic';

// The shades change slowly (a country moves to another step): one drawing per petition for up to
// this long per process, and a CDN may hold it as long.
const KEEP_MS = 30_000;
const drawn = new Map<string, { svg: string; until: number }>();

/** A petition's signatures by country as a shaded world map (the page's table gives the numbers). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const now = Date.now();
  let hit = drawn.get(slug);
  if (!hit || hit.until <= now) {
    const page = await recentPetitionPage(slug);
    if (!page) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'public, s-maxage=30' } });
    const values = new Map(page.tally.byCountry.map((c) => [c.country, c.count]));
    if (drawn.size > 1000) drawn.clear();
    hit = { svg: shadedMapSvg('world', Object.fromEntries(values)), until: now + KEEP_MS };
    drawn.set(slug, hit);
  }
  return new Response(hit.svg, {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=30, s-maxage=30, stale-while-revalidate=30, stale-if-error=86400',
    },
  });
}
