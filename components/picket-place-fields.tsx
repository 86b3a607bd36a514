'use client';

import { useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import type { FieldAria } from '@/components/form-field';
import type { Field } from '@/components/picket-form';
import type { EmbassyOption } from '@/lib/pickets/form-options';
import type { PicketValues } from '@/lib/pickets/forms';
import { FIELD_LIMITS } from '@/lib/pickets/limits';
import { zoneNamedAfter, type ZoneGroup } from '@/lib/pickets/zones';

export type PicketFieldRenderer = (name: Field, control: (aria: FieldAria) => ReactNode, hint?: string) => ReactNode;

type Props = {
  field: PicketFieldRenderer;
  values: PicketValues;
  countries: { value: string; label: string }[];
  timeZones: ZoneGroup[];
  embassies: EmbassyOption[];
};

type Place = { embassyId: string; venue: string; address: string; city: string; country: string; lat: string; lon: string; timeZone: string };

/**
 * The place and the time of a picket. Choosing an embassy fills in its venue, address, city,
 * country and zone, and choosing a country its zone (the only one, or the one named after the
 * city); every field stays editable. Without JavaScript the server fills the same blanks
 * (lib/pickets/place-defaults.ts), so the form works either way.
 */
export function PicketPlaceFields({ field, values, countries, timeZones, embassies }: Props) {
  const t = useTranslations('Pickets');
  const initial = (name: keyof Place | 'startsAt' | 'endsAt') => {
    const v = values[name];
    return typeof v === 'string' ? v : '';
  };
  const [place, setPlace] = useState<Place>(() => ({
    embassyId: initial('embassyId'),
    venue: initial('venue'),
    address: initial('address'),
    city: initial('city'),
    country: initial('country').toUpperCase(),
    lat: initial('lat'),
    lon: initial('lon'),
    timeZone: initial('timeZone'),
  }));
  const groupOf = (country: string) => timeZones.find((g) => g.country === country);

  /** The zone once the country or city changed: one named after the city, the country's own, the one chosen if it still fits, or none. */
  const zoneFor = (country: string, city: string, current: string) => {
    const group = groupOf(country);
    if (!group) return current;
    const zones = group.zones.map((z) => z.value);
    return zoneNamedAfter(zones, city) ?? group.defaultZone ?? (zones.includes(current) ? current : '');
  };

  const chooseEmbassy = (embassyId: string) => {
    const embassy = embassies.find((e) => e.value === embassyId);
    if (!embassy) return setPlace((p) => ({ ...p, embassyId }));
    // The embassy's own coordinates come from the directory on the server: clear what belonged to another place.
    setPlace({
      embassyId,
      venue: embassy.venue,
      address: embassy.address,
      city: embassy.city,
      country: embassy.country,
      lat: '',
      lon: '',
      timeZone: embassy.timeZone ?? zoneFor(embassy.country, embassy.city, ''),
    });
  };
  const chooseCountry = (country: string) => setPlace((p) => ({ ...p, country, timeZone: zoneFor(country, p.city, p.timeZone) }));
  const set = (name: keyof Place) => (event: { target: { value: string } }) => setPlace((p) => ({ ...p, [name]: event.target.value }));
  const text = (name: 'venue' | 'address' | 'city') => ({ value: place[name], onChange: set(name), maxLength: FIELD_LIMITS[name] });

  // The chosen country's zones come first, so its few choices are at hand; typing a city's first
  // letters in the list jumps to it, since every zone is labelled by its city.
  const chosen = groupOf(place.country);
  const groups = chosen ? [chosen, ...timeZones.filter((g) => g !== chosen)] : timeZones;
  const listed = timeZones.some((g) => g.zones.some((z) => z.value === place.timeZone));

  return (
    <>
      <fieldset>
        <legend>{t('propose.place')}</legend>
        {field(
          'embassyId',
          (aria) => (
            <select {...aria} value={place.embassyId} onChange={(e) => chooseEmbassy(e.target.value)}>
              <option value="">{t('propose.noEmbassy')}</option>
              {embassies.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          ),
          t('hints.embassy'),
        )}
        {field('venue', (aria) => <input {...aria} type="text" required {...text('venue')} />, t('hints.venue'))}
        {field('address', (aria) => <input {...aria} type="text" required {...text('address')} />)}
        {field('city', (aria) => <input {...aria} type="text" required autoComplete="address-level2" {...text('city')} />)}
        {field('country', (aria) => (
          <select {...aria} required value={place.country} onChange={(e) => chooseCountry(e.target.value)}>
            <option value="">{t('propose.chooseCountry')}</option>
            {countries.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        ))}
        {field('lat', (aria) => <input {...aria} type="text" inputMode="decimal" value={place.lat} onChange={set('lat')} />, t('hints.coordinates'))}
        {field('lon', (aria) => <input {...aria} type="text" inputMode="decimal" value={place.lon} onChange={set('lon')} />)}
      </fieldset>
      <fieldset>
        <legend>{t('propose.time')}</legend>
        {field('startsAt', (aria) => <input {...aria} type="datetime-local" required defaultValue={initial('startsAt')} />)}
        {field('endsAt', (aria) => <input {...aria} type="datetime-local" required defaultValue={initial('endsAt')} />)}
        {field(
          'timeZone',
          (aria) => (
            <select {...aria} required value={place.timeZone} onChange={set('timeZone')}>
              <option value="">{t('propose.chooseTimeZone')}</option>
              {/* A zone stored before it was renamed (Europe/Kiev) stays selectable. */}
              {place.timeZone && !listed ? <option value={place.timeZone}>{place.timeZone}</option> : null}
              {groups.map((g) => (
                <optgroup key={g.country || 'other'} label={g.label}>
                  {g.zones.map((z) => (
                    <option key={z.value} value={z.value}>
                      {z.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          ),
          t('hints.timeZone'),
        )}
      </fieldset>
    </>
  );
}
