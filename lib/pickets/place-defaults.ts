import { eq } from 'drizzle-orm';
import { embassies } from '@/db/schema';
import type { Tx } from '@/db/tx';
import { zoneForPlace } from './zones';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const blank = (v: unknown) => typeof v !== 'string' || v.trim() === '';

type Db = Pick<Tx, 'select'>;

/**
 * What the form fills in the browser, done again on the server for a post without JavaScript:
 * a chosen embassy gives the venue, address, city and country left blank, and a country with one
 * time zone (or a city named after one of its zones) gives the zone left blank. Only blanks are
 * filled, so whatever a person typed wins; the result goes through the picket schema as usual.
 */
export async function withPlaceDefaults(db: Db, raw: Record<string, unknown>): Promise<Record<string, unknown>> {
  const out = { ...raw };
  const embassyId = raw.embassyId;
  if (typeof embassyId === 'string' && UUID.test(embassyId) && ['venue', 'address', 'city', 'country', 'timeZone'].some((k) => blank(out[k]))) {
    const [embassy] = await db.select().from(embassies).where(eq(embassies.id, embassyId));
    if (embassy) {
      if (blank(out.venue)) out.venue = embassy.name;
      if (blank(out.address)) out.address = embassy.address;
      if (blank(out.city)) out.city = embassy.city;
      if (blank(out.country)) out.country = embassy.country;
    }
  }
  if (blank(out.timeZone) && typeof out.country === 'string') {
    const zone = zoneForPlace(out.country.trim().toUpperCase(), typeof out.city === 'string' ? out.city : undefined);
    if (zone) out.timeZone = zone;
  }
  return out;
}
