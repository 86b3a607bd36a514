// A picket's limits, apart from the schemas (lib/pickets/forms.ts): the forms in the browser need
// only these numbers, and importing the schemas would send zod to the page (some 30 KB of gzip).

export const TITLE_MAX = 150;
export const PLACE_MAX = 200;
export const ADDRESS_MAX = 300;
export const TEXT_MAX = 3000;
export const NAME_MAX = 100;
export const EMAIL_MAX = 254;
export const CAPACITY_MAX = 100_000;
/** The note organisers send attendees with a change or a cancellation. */
export const NOTE_MAX = 2000;

/**
 * The one limit of each text field. The form sets it as `maxLength` and states it next to the
 * field, and the schema (lib/pickets/forms.ts) refuses more with `tooLong`, which the form shows with this number:
 * the browser and the server cannot disagree on what fits.
 */
export const FIELD_LIMITS = {
  title: TITLE_MAX,
  description: TEXT_MAX,
  whatToBring: TEXT_MAX,
  accessibility: TEXT_MAX,
  venue: PLACE_MAX,
  address: ADDRESS_MAX,
  city: PLACE_MAX,
  organiserName: NAME_MAX,
  organiserEmail: EMAIL_MAX,
} as const;
export type LimitedField = keyof typeof FIELD_LIMITS;
