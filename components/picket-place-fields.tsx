'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { FieldAria } from '@/components/form-field';
import type { Field } from '@/components/picket-form';
import type { EmbassyOption } from '@/lib/pickets/form-options';
import type { PicketValues } from '@/lib/pickets/forms';
import { FIELD_LIMITS } from '@/lib/pickets/limits';
import type { ZoneGroup } from '@/lib/pickets/zones';

export type PicketFieldRenderer = (name: Field, control: (aria: FieldAria) => ReactNode, hint?: string) => ReactNode;

/** The script that fills in the place from an embassy or a country; the page that shows the form loads it. */
export const PICKET_PLACE_SCRIPT = '/picket-place.js';

type Props = {
  field: PicketFieldRenderer;
  values: PicketValues;
  countries: { value: string; label: string }[];
  timeZones: ZoneGroup[];
  embassies: EmbassyOption[];
};

/**
 * The place and the time of a picket. Choosing an embassy fills in its venue, address, city,
 * country and zone, and choosing a country its zone (the only one, or the one named after the
 * city); every field stays editable. That is public/picket-place.js, which reads what it fills in
 * from this markup (each embassy's place on its option, each country's zones and default on its
 * group), so the proposal page needs no React and its lists are sent once, as HTML. Without
 * JavaScript the server fills the same blanks (lib/pickets/place-defaults.ts).
 */
export function PicketPlaceFields({ field, values, countries, timeZones, embassies }: Props) {
  const t = useTranslations('Pickets');
  const initial = (name: keyof PicketValues) => {
    const v = values[name];
    return typeof v === 'string' ? v : '';
  };
  const country = initial('country').toUpperCase();
  const timeZone = initial('timeZone');
  const text = (name: 'venue' | 'address' | 'city') => ({ defaultValue: initial(name), maxLength: FIELD_LIMITS[name] });

  // The chosen country's zones come first, so its few choices are at hand (with their place in the
  // list, for the script to put them back when another country is chosen); typing a city's first
  // letters in the list jumps to it, since every zone is labelled by its city.
  const chosen = timeZones.findIndex((g) => g.country === country && country !== '');
  const groups = chosen === -1 ? timeZones : [timeZones[chosen]!, ...timeZones.filter((_, i) => i !== chosen)];
  const listed = timeZones.some((g) => g.zones.some((z) => z.value === timeZone));

  return (
    <>
      <fieldset>
        <legend>{t('propose.place')}</legend>
        {field(
          'embassyId',
          (aria) => (
            <select {...aria} defaultValue={initial('embassyId')}>
              <option value="">{t('propose.noEmbassy')}</option>
              {embassies.map((o) => (
                <option
                  key={o.value}
                  value={o.value}
                  data-venue={o.venue}
                  data-address={o.address}
                  data-city={o.city}
                  data-country={o.country}
                  data-zone={o.timeZone ?? undefined}
                >
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
          <select {...aria} required defaultValue={country}>
            <option value="">{t('propose.chooseCountry')}</option>
            {countries.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        ))}
        {field('lat', (aria) => <input {...aria} type="text" inputMode="decimal" defaultValue={initial('lat')} />, t('hints.coordinates'))}
        {field('lon', (aria) => <input {...aria} type="text" inputMode="decimal" defaultValue={initial('lon')} />)}
      </fieldset>
      <fieldset>
        <legend>{t('propose.time')}</legend>
        {field('startsAt', (aria) => <input {...aria} type="datetime-local" required defaultValue={initial('startsAt')} />)}
        {field('endsAt', (aria) => <input {...aria} type="datetime-local" required defaultValue={initial('endsAt')} />)}
        {field(
          'timeZone',
          (aria) => (
            <select {...aria} required defaultValue={timeZone}>
              <option value="">{t('propose.chooseTimeZone')}</option>
              {/* A zone stored before it was renamed (Europe/Kiev) stays selectable. */}
              {timeZone && !listed ? <option value={timeZone}>{timeZone}</option> : null}
              {groups.map((g, i) => (
                <optgroup
                  key={g.country || 'other'}
                  label={g.label}
                  data-country={g.country}
                  data-default-zone={g.defaultZone ?? undefined}
                  data-index={i === 0 && chosen > 0 ? chosen : undefined}
                >
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
