import { z } from 'zod';
import { letterDeliveryMode, letterSignature } from '@/db/schema';
import type { FieldSpec } from '@/lib/admin/case-forms';
import { checkbox, localized, optionalText, requiredDate, requiredText } from '@/lib/admin/form-input';
import { emptyRecord, isSafeFieldName } from '@/lib/http/form-fields';
import { signSchema } from '@/lib/petitions/sign-schema';
import { LETTER_MAX, LETTER_MIN, letterBody, type LetterErrorKey } from './letter-text';

// The one description of each letters form: the supporter's letter (form, server action and the JSON
// API share it, and the form states its limits from the same constants), and the organisers' forms.

export { LETTER_MAX, LETTER_MIN, letterBody, type LetterErrorKey } from './letter-text';

const err = (key: LetterErrorKey) => ({ error: key });

const signAs = z.preprocess((v) => (v === undefined || v === '' ? 'first_name' : v), z.enum(letterSignature.enumValues, err('unknownSignature')));

/** What the target list of the form sends: `embassy`, or the id of an office. Checked against the action. */
const targets = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().max(64, err('unknownTarget')), err('noTarget')).min(1, err('noTarget')).max(20, err('unknownTarget')),
);

export const letterSchema = z.object({
  name: signSchema.shape.name,
  email: signSchema.shape.email,
  country: signSchema.shape.country,
  city: signSchema.shape.city,
  body: letterBody,
  targets,
  signAs,
  replyTo: signSchema.shape.publicName, // the same checkbox rule
  locale: signSchema.shape.locale,
  /** The honeypot, as on the sign form. */
  website: signSchema.shape.website,
});

export type LetterInput = z.output<typeof letterSchema>;
export type LetterFields = Exclude<keyof LetterInput, 'locale' | 'website'>;
export type LetterFieldErrors = Partial<Record<LetterFields, LetterErrorKey[]>>;
export type LetterValues = Partial<Record<LetterFields, string | string[]>>;
export type LetterFormState = { errors?: LetterFieldErrors; values?: LetterValues; closed?: boolean };

export function parseLetterInput(raw: unknown): { ok: true; input: LetterInput } | { ok: false; errors: LetterFieldErrors } {
  const result = letterSchema.safeParse(raw);
  if (result.success) return { ok: true, input: result.data };
  return { ok: false, errors: z.flattenError(result.error).fieldErrors as LetterFieldErrors };
}

/** What the writer typed, as text, to show again next to the errors (never more than the limits allow). */
export function echoLetter(raw: unknown): LetterValues {
  const source = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const values: LetterValues = {};
  for (const key of ['name', 'email', 'country', 'city', 'body', 'signAs'] as const) {
    const v = source[key];
    if (typeof v === 'string') values[key] = v.slice(0, LETTER_MAX * 2);
  }
  const chosen = source.targets;
  const list = Array.isArray(chosen) ? chosen : typeof chosen === 'string' ? [chosen] : [];
  values.targets = list.filter((t): t is string => typeof t === 'string').slice(0, 20).map((t) => t.slice(0, 64));
  if (source.replyTo === true || source.replyTo === 'on') values.replyTo = 'on';
  return values;
}

/** A plain object from the letter form: the last value of each field, every value of `targets`. */
export function letterFields(form: FormData): Record<string, unknown> {
  const out = emptyRecord<unknown>();
  for (const [key, value] of form.entries()) {
    if (typeof value !== 'string' || key.startsWith('$ACTION') || !isSafeFieldName(key)) continue;
    if (key === 'targets') ((out.targets ??= []) as string[]).push(value);
    else out[key] = value;
  }
  return out;
}

// ——— The organisers' forms (English; field names are message keys under Admin.fields) ———

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

export const actionFields = (cases: { value: string; label: string }[], offices: { value: string; label: string }[]): FieldSpec[] => [
  { name: 'slug', kind: 'text', required: true, hint: true },
  { name: 'caseId', kind: 'choice', choices: [{ value: '', label: '—' }, ...cases] },
  { name: 'title', kind: 'localized', required: true },
  { name: 'ask', kind: 'localized', required: true, multiline: true },
  { name: 'letter', kind: 'localized', required: true, multiline: true },
  { name: 'offices', kind: 'multi', choices: offices },
  { name: 'toEmbassy', kind: 'checkbox' },
  { name: 'allowAnonymous', kind: 'checkbox' },
  { name: 'mode', kind: 'select', options: letterDeliveryMode.enumValues, labels: 'Admin.options', required: true },
  { name: 'perHour', kind: 'number', required: true, hint: true },
];

export const actionSchema = z
  .object({
    slug: requiredText(80).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Lower-case Latin letters, digits and single hyphens, like write-for-erzhan.'),
    caseId: z.preprocess(blankToNull, z.uuid({ error: 'Choose a case from the list.' }).nullable().default(null)),
    title: localized({ required: true }),
    ask: localized({ required: true, multiline: true }),
    letter: localized({ required: true, multiline: true }),
    offices: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.uuid({ error: 'Choose offices from the list.' })).max(20)),
    toEmbassy: checkbox,
    allowAnonymous: checkbox,
    mode: z.enum(letterDeliveryMode.enumValues, { error: 'Choose how letters are delivered.' }),
    perHour: z.coerce.number({ error: 'Enter a whole number.' }).int('Enter a whole number.').min(1, 'At least 1.').max(10_000, 'At most 10000.'),
  })
  .superRefine((v, ctx) => {
    if (v.offices.length === 0 && !v.toEmbassy) ctx.addIssue({ code: 'custom', path: ['offices'], message: 'Choose at least one office, or the embassy.' });
    for (const [locale, text] of Object.entries(v.letter ?? {})) {
      const checked = letterBody.safeParse(text);
      if (!checked.success) ctx.addIssue({ code: 'custom', path: ['letter', locale], message: `The suggested letter must be a letter supporters may send as it is (${LETTER_MIN}–${LETTER_MAX} characters, no HTML).` });
    }
  });
export type ActionInput = z.output<typeof actionSchema>;

export const officeFields: FieldSpec[] = [
  { name: 'slug', kind: 'text', required: true },
  { name: 'name', kind: 'localized', required: true },
  { name: 'email', kind: 'text' },
  { name: 'sourceUrl', kind: 'text', required: true },
  { name: 'checkedOn', kind: 'date', hint: true },
  { name: 'note', kind: 'textarea' },
];

export const officeSchema = z
  .object({
    slug: requiredText(80).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Lower-case Latin letters, digits and single hyphens.'),
    name: localized({ required: true }),
    email: z.preprocess(blankToNull, z.email({ error: 'Enter the office’s public email address.' }).max(254).nullable().default(null)),
    sourceUrl: z.url({ protocol: /^https?$/, error: 'The http(s) address of the official page the address was read from.' }).max(500),
    checkedOn: z.preprocess(blankToNull, z.iso.date({ error: 'Enter a date as YYYY-MM-DD.' }).nullable().default(null)),
    note: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    if (v.checkedOn && !v.email) ctx.addIssue({ code: 'custom', path: ['email'], message: 'A checked office needs its address.' });
  });
export type OfficeInput = z.output<typeof officeSchema>;

export const handDeliveryFields = (targets: { value: string; label: string }[]): FieldSpec[] => [
  { name: 'target', kind: 'choice', choices: targets, required: true },
  { name: 'deliveredOn', kind: 'date', required: true },
  { name: 'deliveryNote', kind: 'text', required: true },
];

export const handDeliverySchema = z.object({
  target: z.string({ error: 'Choose a target.' }).regex(/^(office|embassy):[0-9a-f-]{36}$/, 'Choose a target from the list.'),
  deliveredOn: requiredDate,
  deliveryNote: requiredText(300),
});
export type HandDeliveryInput = z.output<typeof handDeliverySchema>;
