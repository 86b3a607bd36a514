// The place of a picket in its form (components/picket-place-fields.tsx), without React: choosing
// an embassy fills in its venue, address, city, country and zone (from the option's data-*), and
// choosing a country its zone (the only one, or the one named after the city: the server's own
// rule, lib/pickets/zone-names.ts compiled to ./rules/zone-names.js); the chosen country's zones
// come first in their list. Every field stays editable. Without JavaScript the server fills the
// same blanks (lib/pickets/place-defaults.ts). Listening on the document, it serves a form that
// React renders again after a save (the organisers' editor) as well as a page without React.
import { zoneNamedAfter } from './rules/zone-names.js';
import './plain-form.js';

const groupsOf = (zone) => [...zone.querySelectorAll('optgroup')];
// No country chosen is no group (the zones of no country have an empty data-country).
const groupOf = (zone, country) => (country ? groupsOf(zone).find((g) => g.dataset.country === country) : undefined);

/** The zone once the country or city changed: one named after the city, the country's own, the one chosen if it still fits, or none. */
function zoneFor(zone, country, city, current) {
  const group = groupOf(zone, country);
  if (!group) return current;
  const zones = [...group.querySelectorAll('option')].map((o) => o.value);
  return zoneNamedAfter(zones, city) ?? group.dataset.defaultZone ?? (zones.includes(current) ? current : '');
}

/**
 * Puts the country's zones first. The group that is first because of an earlier choice carries its
 * place in the list (data-index) and goes back there; the others are in the list's order.
 */
function putFirst(zone, country) {
  const groups = groupsOf(zone);
  const moved = groups[0]?.dataset.index;
  if (moved !== undefined) {
    const [first, ...rest] = groups;
    delete first.dataset.index;
    zone.insertBefore(first, rest[Number(moved)] ?? null);
  }
  const chosen = groupOf(zone, country);
  if (!chosen || chosen === groupsOf(zone)[0]) return;
  chosen.dataset.index = String(groupsOf(zone).indexOf(chosen));
  zone.insertBefore(chosen, groupsOf(zone)[0]);
}

document.addEventListener('change', (event) => {
  const target = event.target;
  const form = target instanceof HTMLSelectElement ? target.closest('form[data-picket-place]') : null;
  if (!form) return;
  const control = (name) => form.elements.namedItem(name);
  const zone = control('timeZone');
  if (target.name === 'embassyId') {
    const embassy = target.selectedOptions[0]?.dataset;
    if (!embassy?.venue) return;
    control('venue').value = embassy.venue;
    control('address').value = embassy.address ?? '';
    control('city').value = embassy.city ?? '';
    control('country').value = embassy.country ?? '';
    // The embassy's own coordinates come from the directory on the server: clear what belonged to another place.
    control('lat').value = '';
    control('lon').value = '';
    zone.value = embassy.zone ?? zoneFor(zone, embassy.country, embassy.city, '');
    putFirst(zone, embassy.country);
  } else if (target.name === 'country') {
    zone.value = zoneFor(zone, target.value, control('city').value, zone.value);
    putFirst(zone, target.value);
  }
});
