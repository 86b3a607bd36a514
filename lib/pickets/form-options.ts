import type { Locale } from '@/lib/i18n/locales';
import { pickText } from '@/lib/i18n/localized';
import { countryName, countryOptions } from '@/lib/countries';
import { proposalChoices } from './queries';
import { timeZoneOptions } from './time';

/** The choices of the picket form, in the reader's language. */
export async function picketFormOptions(locale: Locale) {
  const choices = await proposalChoices();
  return {
    countries: countryOptions(locale).map((c) => ({ value: c.code, label: c.name })),
    timeZones: timeZoneOptions(),
    embassies: choices.embassies.map((e) => ({ value: e.id, label: `${e.name}, ${e.city} (${countryName(e.country, locale)})` })),
    petitions: choices.petitions.map((p) => ({ value: p.id, label: pickText(p.title, locale)! })),
    cases: choices.cases.map((c) => ({ value: c.id, label: pickText(c.name, locale)! })),
  };
}
