import { isCountryCode } from '@/lib/countries';
import { picketCalendar } from '@/lib/pickets/ics';
import { picketsForFeed } from '@/lib/pickets/queries';

/** The feed of every approved (and cancelled) picket, to subscribe to; `?country=DE` for one country. */
export async function GET(request: Request) {
  const raw = new URL(request.url).searchParams.get('country');
  const country = raw ? raw.trim().toUpperCase() : undefined;
  if (country !== undefined && !isCountryCode(country)) return new Response('Unknown country: use an ISO 3166-1 code such as DE.', { status: 400 });
  const list = await picketsForFeed(country);
  return new Response(picketCalendar(list, country ? `Yntymaq pickets (${country})` : 'Yntymaq pickets'), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  });
}
