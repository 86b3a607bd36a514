import { z } from 'zod';
import { blockKind, signatureStatus } from '@/db/schema';
import type { FieldSpec } from '@/lib/forms/field-spec';
import { localized, optionalDate, optionalText, requiredDate, requiredText } from '@/lib/forms/form-input';
import { locales } from '@/lib/i18n/locales';
import { parseRange } from './blocklist';
import { isCountryCode } from '@/lib/countries';

// The organisers' petition forms: what each shows (fields, for the dashboard's form component) and
// ONE zod schema each, which parses the submitted fields, types the domain function and gives the
// field errors. Field names are message keys under Admin.fields.

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);
const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ error: 'Enter a whole number.' })
    .int('Enter a whole number.')
    .min(min, `At least ${min}.`)
    .max(max, `At most ${max}.`);

/** A date typed as YYYY-MM-DD, as the start of that day in UTC. */
const toUtcDay = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`) : null);
export const utcDay = (at: Date | null | undefined) => (at ? at.toISOString().slice(0, 10) : '');

export const petitionFields = (cases: { value: string; label: string }[]): FieldSpec[] => [
  { name: 'slug', kind: 'text', required: true, hint: true },
  { name: 'caseId', kind: 'choice', choices: [{ value: '', label: '—' }, ...cases] },
  { name: 'title', kind: 'localized', required: true },
  { name: 'target', kind: 'localized', required: true },
  { name: 'summary', kind: 'localized', required: true, multiline: true },
  { name: 'body', kind: 'localized', required: true, multiline: true },
  { name: 'goal', kind: 'number', required: true },
  { name: 'opensOn', kind: 'date', hint: true },
  { name: 'closesOn', kind: 'date' },
];

export const petitionSchema = z
  .object({
    slug: requiredText(80).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Lower-case Latin letters, digits and single hyphens, like free-aron-atabek.'),
    caseId: z.preprocess(blankToNull, z.uuid({ error: 'Choose a case from the list.' }).nullable().default(null)),
    title: localized({ required: true }),
    target: localized({ required: true }),
    summary: localized({ required: true, multiline: true }),
    body: localized({ required: true, multiline: true }),
    goal: wholeNumber(1, 100_000_000),
    opensOn: optionalDate,
    closesOn: optionalDate,
  })
  .superRefine((v, ctx) => {
    if (v.opensOn && v.closesOn && v.opensOn >= v.closesOn) ctx.addIssue({ code: 'custom', path: ['closesOn'], message: 'The closing date must come after the opening date.' });
  })
  .transform(({ opensOn, closesOn, ...rest }) => ({ ...rest, opensAt: toUtcDay(opensOn), closesAt: toUtcDay(closesOn) }));
export type PetitionInput = z.infer<typeof petitionSchema>;

export const deliveryFields: FieldSpec[] = [
  { name: 'deliveredOn', kind: 'date', required: true },
  { name: 'deliveredTo', kind: 'text', required: true },
  { name: 'deliveredCount', kind: 'number', required: true },
  { name: 'deliveryNote', kind: 'textarea' },
];

export const deliverySchema = z
  .object({
    deliveredOn: requiredDate,
    deliveredTo: requiredText(300),
    deliveredCount: wholeNumber(0, 100_000_000),
    deliveryNote: optionalText(2000),
  })
  .transform((v) => ({ ...v, deliveredOn: toUtcDay(v.deliveredOn)! }));
export type DeliveryInput = z.infer<typeof deliverySchema>;

export const paperFields = (countries: { value: string; label: string }[]): FieldSpec[] => [
  { name: 'count', kind: 'number', required: true },
  { name: 'country', kind: 'choice', choices: [{ value: '', label: '—' }, ...countries] },
  { name: 'place', kind: 'text' },
  { name: 'collectedOn', kind: 'date' },
  { name: 'note', kind: 'text' },
];

export const paperSchema = z
  .object({
    count: wholeNumber(1, 100_000),
    country: z.preprocess(blankToNull, z.string().refine(isCountryCode, 'Choose a country from the list.').nullable().default(null)),
    place: optionalText(300),
    collectedOn: optionalDate,
    note: optionalText(1000),
  })
  .transform((v) => ({ ...v, collectedOn: toUtcDay(v.collectedOn) }));
export type PaperInput = z.infer<typeof paperSchema>;

export const blockFields: FieldSpec[] = [
  { name: 'kind', kind: 'select', options: blockKind.enumValues, labels: 'Admin.options', required: true },
  { name: 'value', kind: 'text', required: true, hint: true },
  { name: 'note', kind: 'text' },
];

const DOMAIN = /^(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$/;

export const blockSchema = z
  .object({
    kind: z.enum(blockKind.enumValues, { error: 'Choose a kind.' }),
    value: requiredText(300),
    note: optionalText(300),
  })
  .transform((v) => ({ ...v, value: v.kind === 'domain' ? v.value.toLowerCase().replace(/^@/, '') : v.value }))
  .superRefine((v, ctx) => {
    const valid = v.kind === 'domain' ? DOMAIN.test(v.value) : parseRange(v.value) !== null;
    if (!valid)
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: v.kind === 'domain' ? 'Enter a domain, like spam.example.' : 'Enter an IP range in CIDR notation, like 203.0.113.0/24.',
      });
  });
export type BlockInput = z.infer<typeof blockSchema>;

/** The signature search, from the page's query string (a GET form: it works without script). */
export const signatureSearchSchema = z.object({
  email: optionalText(320),
  domain: optionalText(253),
  ipHash: optionalText(128),
  from: optionalDate,
  to: optionalDate,
  status: z.preprocess(blankToNull, z.enum(signatureStatus.enumValues, { error: 'Choose a status.' }).nullable().default(null)),
  flagged: z.preprocess(blankToNull, z.enum(['yes', 'no'], { error: 'Choose yes or no.' }).nullable().default(null)),
});
export type SignatureSearchInput = z.infer<typeof signatureSearchSchema>;

export const invalidateSchema = z.object({
  ids: z.array(z.uuid({ error: 'Unknown signature.' }), { error: 'Choose at least one signature.' }).min(1, 'Choose at least one signature.').max(1000),
  reason: requiredText(200),
});

export { toUtcDay };

// --- The public sign form ---

/**
 * The one description of a signature as a visitor submits it, shared by the form (limits and field
 * names), the server action and the JSON API. Error messages are keys of `Sign.errors` in messages/,
 * so every caller shows them in the visitor's language.
 */
export const NAME_MAX = 100;
export const CITY_MAX = 100;
export const COMMENT_MAX = 1000;
export const EMAIL_MAX = 254;

export type SignErrorKey =
  | 'required'
  | 'tooLong'
  | 'controlCharacters'
  | 'nameCharacters'
  | 'cityCharacters'
  | 'invalidEmail'
  | 'unknownCountry';

const err = (key: SignErrorKey) => ({ error: key });

// C0 and C1 control characters, and the Unicode line/paragraph separators and bidi overrides that
// can disguise text. Comments may still contain line breaks and tabs.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
// A person's name: letters and marks of any script, spaces, apostrophes, hyphens, dots and commas,
// starting with a letter (which also rules out formula prefixes such as = + - @ and any HTML).
const NAME = /^\p{L}[\p{L}\p{M}\s'’‘.,-]*$/u;
const CITY = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}\s'’‘.,()/-]*$/u;

const text = (max: number) =>
  z
    .string(err('required'))
    .max(max * 4, err('tooLong')) // refuse huge input before any regex runs on it
    .refine((v) => !CONTROL.test(v), err('controlCharacters'))
    .transform((v) => v.trim().replace(/\s+/g, ' '))
    .refine((v) => v.length <= max, err('tooLong'));

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

// HTML checkboxes send "on" when ticked and nothing when not; JSON sends booleans.
const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === '1', z.boolean());

export const signSchema = z.object({
  name: text(NAME_MAX).pipe(z.string().min(1, err('required')).regex(NAME, err('nameCharacters'))),
  email: z
    .string(err('required'))
    .max(EMAIL_MAX * 2, err('tooLong'))
    .transform((v) => v.trim())
    .pipe(z.string().min(1, err('required')).max(EMAIL_MAX, err('tooLong')).pipe(z.email(err('invalidEmail')))),
  country: z
    .string(err('required'))
    .max(8, err('unknownCountry'))
    .transform((v) => v.trim().toUpperCase())
    .pipe(z.string().min(1, err('required')).refine(isCountryCode, err('unknownCountry'))),
  city: optional(text(CITY_MAX).pipe(z.string().regex(CITY, err('cityCharacters')))),
  comment: optional(
    z
      .string()
      .max(COMMENT_MAX * 4, err('tooLong'))
      .refine((v) => !CONTROL_BUT_LINES.test(v), err('controlCharacters'))
      .transform((v) => v.trim())
      .refine((v) => v.length <= COMMENT_MAX, err('tooLong')),
  ),
  publicName: checkbox,
  wantsUpdates: checkbox,
  locale: z.enum(locales).catch('en'),
  /** The honeypot: a field hidden from people; bots that fill every field fill it too. */
  website: z.preprocess((v) => (typeof v === 'string' ? v : ''), z.string()),
});

export type SignInput = z.output<typeof signSchema>;
export type SignFields = Exclude<keyof SignInput, 'locale' | 'website'>;
export type SignFieldErrors = Partial<Record<SignFields, SignErrorKey[]>>;

/** The submitted values as text, to put back into the form next to the errors. */
export type SignValues = Partial<Record<SignFields, string>>;

/** What the sign form shows after a submit that did not go through. */
export type SignFormState = { errors?: SignFieldErrors; values?: SignValues; closed?: boolean };

export function parseSignInput(
  raw: unknown,
): { ok: true; input: SignInput } | { ok: false; errors: SignFieldErrors } {
  const result = signSchema.safeParse(raw);
  if (result.success) return { ok: true, input: result.data };
  return { ok: false, errors: z.flattenError(result.error).fieldErrors as SignFieldErrors };
}

/** A plain object from a form post: the last value of each field, files ignored. */
export function formFields(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === 'string') out[key] = value;
  return out;
}
