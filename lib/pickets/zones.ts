import type { Locale } from '@/lib/i18n/locales';
import { COUNTRY_CODES, countryName } from '@/lib/countries';
import { isTimeZone, timeZoneOptions } from './time';
import { zoneNamedAfter } from './zone-names';

export { zoneNamedAfter } from './zone-names';

/**
 * The time zones of each country, from the ICU data Node ships (`Intl.Locale#timeZones`): most
 * countries have one, so choosing the country chooses the zone; the rest offer their own few first.
 */

type ZoneLocale = Intl.Locale & { timeZones?: string[]; getTimeZones?: () => string[] };

let byCountry: Map<string, string[]> | undefined;

function zonesByCountry(): Map<string, string[]> {
  if (byCountry) return byCountry;
  byCountry = new Map();
  for (const code of COUNTRY_CODES) {
    const region = new Intl.Locale(`und-${code}`) as ZoneLocale;
    const zones = (region.getTimeZones?.() ?? region.timeZones ?? []).filter(isTimeZone);
    if (zones.length > 0) byCountry.set(code, zones);
  }
  return byCountry;
}

/** The zones of a country (ISO alpha-2), or none for a code ICU has no zone for. */
export function zonesOf(country: string): string[] {
  return zonesByCountry().get(country) ?? [];
}

/** A zone as people read it: the city first, so typing "Ber" in the list finds "Berlin (Europe/Berlin)". */
export function zoneLabel(zone: string): string {
  const city = zone.split('/').pop()!.replaceAll('_', ' ');
  return city === zone ? zone : `${city} (${zone})`;
}

/**
 * Where a country's zones differ only in their past (Berlin and Büsingen, Kazakhstan's seven since
 * 2024), any of them gives the same times from now on; this names the one people know.
 */
const MAIN_ZONE: Record<string, string> = {
  AR: 'America/Buenos_Aires',
  CY: 'Asia/Nicosia',
  DE: 'Europe/Berlin',
  KZ: 'Asia/Almaty',
  MH: 'Pacific/Majuro',
  MY: 'Asia/Kuala_Lumpur',
  PS: 'Asia/Hebron',
  UZ: 'Asia/Tashkent',
};

function offsets(zone: string, year: number): string {
  return [`${year}-01-15T12:00:00Z`, `${year}-07-15T12:00:00Z`]
    .map((at) => new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(new Date(at)).find((p) => p.type === 'timeZoneName')!.value)
    .join(' ');
}

const defaults = new Map<string, string | null>();

/** The zone choosing the country gives: its only zone, or its main one when all keep the same time now; null when people must choose. */
export function defaultZoneOf(country: string): string | null {
  let zone = defaults.get(country);
  if (zone === undefined) {
    const zones = zonesOf(country);
    const year = new Date().getUTCFullYear();
    const oneTime = zones.length > 0 && new Set(zones.map((z) => offsets(z, year) + offsets(z, year + 1))).size === 1;
    zone = zones.length === 1 ? zones[0]! : oneTime ? (MAIN_ZONE[country] ?? zones[0]!) : null;
    defaults.set(country, zone);
  }
  return zone;
}

/** The zone a place is in, when the country (or its city) says it; null when the person has to choose. */
export function zoneForPlace(country: string, city?: string): string | null {
  return zoneNamedAfter(zonesOf(country), city) ?? defaultZoneOf(country);
}

/** One country's zones in the form's list; `defaultZone` is what choosing the country selects. */
export type ZoneGroup = { country: string; label: string; defaultZone: string | null; zones: { value: string; label: string }[] };

const groupLists = new Map<Locale, ZoneGroup[]>();

/**
 * Every zone for the form's list, grouped by country (named in the reader's language, sorted by
 * that name), cities sorted within; zones of no country (UTC, Etc/…) last, under `otherLabel`.
 */
export function zoneGroups(locale: Locale, otherLabel: string): ZoneGroup[] {
  let list = groupLists.get(locale);
  if (!list) {
    const collator = new Intl.Collator(locale);
    const seen = new Set<string>();
    const byLabel = (a: { label: string }, b: { label: string }) => collator.compare(a.label, b.label);
    list = [...zonesByCountry()]
      .map(([country, zones]) => {
        for (const z of zones) seen.add(z);
        return { country, label: countryName(country, locale), defaultZone: defaultZoneOf(country), zones: zones.map((z) => ({ value: z, label: zoneLabel(z) })).sort(byLabel) };
      })
      .sort(byLabel);
    const rest = timeZoneOptions().filter((z) => !seen.has(z));
    if (rest.length > 0) list.push({ country: '', label: otherLabel, defaultZone: null, zones: rest.map((z) => ({ value: z, label: zoneLabel(z) })) });
    groupLists.set(locale, list);
  }
  return list;
}
