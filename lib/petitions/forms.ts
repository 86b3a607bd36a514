import { z } from 'zod';
import { locales } from '@/lib/i18n/locales';
import { isCountryCode } from '@/lib/countries';

/**
 * The one description of a signature as a visitor submits it, shared by the form (limits and field
 * names), the server action and the JSON API. Error messages are keys of `Sign.errors` in messages/,
 * so every caller shows them in the visitor's language.
 */
import { CITY_MAX, COMMENT_MAX, EMAIL_MAX, NAME_MAX } from './sign-limits';

export { CITY_MAX, COMMENT_MAX, EMAIL_MAX, NAME_MAX };

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
