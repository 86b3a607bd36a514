import { z } from 'zod';
import { optionalText, requiredText } from '@/lib/forms/form-input';
import { emptyRecord, isSafeFieldName } from '@/lib/http/form-fields';
import { isCountryCode } from '@/lib/countries';
import { signSchema } from '@/lib/petitions/forms';
import { MAX_CASES, ORGANISATION_MAX, RESOLUTION_TEXT_MAX } from './limits';

// The one description of a resolution as an organisation submits it (the form states its limits
// from these constants), and of the organisers' review. Public error messages are keys of
// `Resolutions.errors` in messages/.

export { MAX_CASES, MAX_PDF_BYTES, ORGANISATION_MAX, RESOLUTION_TEXT_MAX } from './limits';

export type ResolutionErrorKey =
  | 'required'
  | 'tooLong'
  | 'controlCharacters'
  | 'nameCharacters'
  | 'invalidEmail'
  | 'unknownCountry'
  | 'members'
  | 'date'
  | 'textOrPdf'
  | 'notPdf'
  | 'pdfTooLarge'
  | 'unknownCase'
  | 'html'
  | 'tooManyFromHere'
  | 'tooManyFromDomain'
  | 'tooManyFromAddress';

const err = (key: ResolutionErrorKey) => ({ error: key });
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const MARKUP = /<\s*[a-z!/?]|&(#\d+|#x[0-9a-f]+|[a-z]+);/i;
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const resolutionSchema = z.object({
  organisation: z
    .string(err('required'))
    .max(ORGANISATION_MAX * 4, err('tooLong'))
    .refine((v) => !CONTROL.test(v), err('controlCharacters'))
    .transform((v) => v.trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(1, err('required')).max(ORGANISATION_MAX, err('tooLong')).refine((v) => !MARKUP.test(v), err('html'))),
  country: z
    .string(err('required'))
    .max(8, err('unknownCountry'))
    .transform((v) => v.trim().toUpperCase())
    .pipe(z.string().min(1, err('required')).refine(isCountryCode, err('unknownCountry'))),
  members: z.preprocess(
    blank,
    z
      .string(err('members'))
      .max(12, err('members'))
      .transform((v) => v.replace(/[\s,.'’]/g, ''))
      .pipe(z.string().regex(/^[1-9]\d{0,9}$/, err('members')))
      .transform(Number)
      .pipe(z.number().max(500_000_000, err('members')))
      .optional(),
  ),
  passedOn: z
    .string(err('date'))
    .max(10, err('date'))
    .pipe(z.iso.date(err('date')))
    .refine((v) => v >= '2011-01-01' && v <= new Date().toISOString().slice(0, 10), err('date')),
  body: z.preprocess(
    blank,
    z
      .string()
      .max(RESOLUTION_TEXT_MAX * 2, err('tooLong'))
      .refine((v) => !CONTROL_BUT_LINES.test(v), err('controlCharacters'))
      .transform((v) => v.replace(/\r\n?/g, '\n').trim())
      .pipe(z.string().max(RESOLUTION_TEXT_MAX, err('tooLong')).refine((v) => !MARKUP.test(v), err('html')))
      .optional(),
  ),
  cases: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.uuid(err('unknownCase')), err('unknownCase')).max(MAX_CASES, err('unknownCase')),
  ),
  contactName: signSchema.shape.name,
  contactEmail: signSchema.shape.email,
  locale: signSchema.shape.locale,
  website: signSchema.shape.website,
});

export type ResolutionInput = z.output<typeof resolutionSchema>;
export type ResolutionFields = Exclude<keyof ResolutionInput, 'locale' | 'website'> | 'file';
/** Field errors, and under `form` what concerns the whole submission (the sender's hourly limit). */
export type ResolutionFieldErrors = Partial<Record<ResolutionFields | 'form', ResolutionErrorKey[]>>;
export type ResolutionValues = Partial<Record<ResolutionFields, string | string[]>>;
export type ResolutionFormState = { errors?: ResolutionFieldErrors; values?: ResolutionValues };

/** The form's fields as a plain object: the last value of each, every value of `cases`, files apart. */
export function resolutionFields(form: FormData): { fields: Record<string, unknown>; file: File | null } {
  const fields = emptyRecord<unknown>();
  let file: File | null = null;
  for (const [key, value] of form.entries()) {
    if (key.startsWith('$ACTION') || !isSafeFieldName(key)) continue;
    if (typeof value !== 'string') {
      if (key === 'file' && value.size > 0) file = value;
      continue;
    }
    if (key === 'cases') ((fields.cases ??= []) as string[]).push(value);
    else fields[key] = value;
  }
  return { fields, file };
}

export function echoResolution(raw: Record<string, unknown>): ResolutionValues {
  const values: ResolutionValues = {};
  for (const key of ['organisation', 'country', 'members', 'passedOn', 'body', 'contactName', 'contactEmail'] as const) {
    const v = raw[key];
    if (typeof v === 'string') values[key] = v.slice(0, key === 'body' ? RESOLUTION_TEXT_MAX * 2 : 1000);
  }
  if (Array.isArray(raw.cases)) values.cases = raw.cases.filter((c): c is string => typeof c === 'string').slice(0, MAX_CASES).map((c) => c.slice(0, 40));
  return values;
}

/**
 * The name of a file that came with a refused submission: the form cannot give the file back, so
 * it names it and asks for it again. As text, without what could disguise it (control characters,
 * bidi overrides), and short.
 */
export function echoFileName(file: { name: string } | null): Pick<ResolutionValues, 'file'> {
  const name = file?.name.replace(new RegExp(CONTROL.source, 'gu'), '').trim().slice(0, 120);
  return name ? { file: name } : {};
}

/** The organisers' rejection: a reason, mailed to the contact. */
export const rejectSchema = z.object({ reason: requiredText(1000), note: optionalText(1) });
