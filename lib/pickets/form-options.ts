import type { Locale } from '@/lib/i18n/locales';
import { pickText } from '@/lib/i18n/localized';
import { countryName, countryOptions } from '@/lib/countries';
import { proposalChoices } from './queries';
import { zoneForPlace, zoneGroups, type ZoneGroup } from './zones';

/** An embassy as the form offers it, with the place it fills in when chosen. */
export type EmbassyOption = { value: string; label: string; venue: string; address: string; city: string; country: string; timeZone: string | null };

/** The choices of the picket form, in the reader's language; `otherZones` names the group of zones of no country (UTC). */
export async function picketFormOptions(locale: Locale, otherZones: string) {
  const choices = await proposalChoices();
  return {
    countries: countryOptions(locale).map((c) => ({ value: c.code, label: c.name })),
    timeZones: zoneGroups(locale, otherZones) satisfies ZoneGroup[],
    embassies: choices.embassies.map(
      (e): EmbassyOption => ({
        value: e.id,
        label: `${e.name}, ${e.city} (${countryName(e.country, locale)})`,
        venue: e.name,
        address: e.address,
        city: e.city,
        country: e.country,
        timeZone: zoneForPlace(e.country, e.city),
      }),
    ),
    petitions: choices.petitions.map((p) => ({ value: p.id, label: pickText(p.title, locale)! })),
    cases: choices.cases.map((c) => ({ value: c.id, label: pickText(c.name, locale)! })),
  };
}
