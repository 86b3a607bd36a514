// A resolution's limits, apart from the schema (lib/resolutions/forms.ts): the form in the browser
// needs only these numbers, and importing the schema would send zod to the page (some 30 KB of gzip).

export const ORGANISATION_MAX = 200;
export const RESOLUTION_TEXT_MAX = 20_000;
export const MAX_PDF_BYTES = 5 * 1024 * 1024;
export const MAX_CASES = 20;
