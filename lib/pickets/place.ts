import type { PicketRow } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import { countryName } from '@/lib/countries';

type Place = Pick<PicketRow, 'venue' | 'address' | 'city' | 'country'>;

/** Parts in order, without one an earlier part already says ("London" inside "125 Pall Mall, London SW1Y 5EA"). */
function join(parts: string[]): string {
  return parts.filter((part, i, all) => part && !all.slice(0, i).some((p) => p.includes(part))).join(', ');
}

/** Where a picket takes place, in full, as pages and mail print it: venue, address, city, country. */
export function placeOf(picket: Place, locale: Locale): string {
  return join([picket.venue, picket.address, picket.city, countryName(picket.country, locale)]);
}

/**
 * The place without its venue, for a calendar's LOCATION whose first line is the venue already
 * (ical-generator writes the title, a line break, then this).
 */
export function addressOf(picket: Place, locale: Locale): string {
  return join([picket.address, picket.city, countryName(picket.country, locale)]);
}
