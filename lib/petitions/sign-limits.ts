// The sign form's limits, apart from the schema (lib/petitions/forms.ts): the form in the
// browser needs only these numbers, and importing the schema would send zod and the country list
// to every petition page (some 30 KB of gzip).
export const NAME_MAX = 100;
export const CITY_MAX = 100;
export const COMMENT_MAX = 1000;
export const EMAIL_MAX = 254;
