import { z } from 'zod';
import { emptyRecord, isSafeFieldName } from '@/lib/http/form-fields';
import { signSchema } from '@/lib/petitions/forms';
import { checkLetter, LETTER_MAX, type LetterErrorKey } from './letter-text';

// The one description of the supporter's letter: the form, the server action and the JSON API share
// it, and the form states its limits from the same constants. The organisers' forms: organise-forms.ts.

export { LETTER_MAX, LETTER_MIN, type LetterErrorKey } from './letter-text';

const err = (key: LetterErrorKey) => ({ error: key });

/** A letter's text: checkLetter (letter-text.ts), its error key as the issue's message like every other field's. */
export const letterBody = z.unknown().transform((raw, ctx) => {
  const checked = checkLetter(raw);
  if (checked.ok) return checked.text;
  ctx.addIssue({ code: 'custom', message: checked.error });
  return z.NEVER;
});

/**
 * How a letter is signed. The same values as the `letter_signature` enum of db/schema/letters.ts,
 * written out because the browser reads this file (no db/ here); storing a letter checks them
 * against the enum's type.
 */
export const SIGN_AS = ['first_name', 'full_name', 'anonymous'] as const;
const signAs = z.preprocess((v) => (v === undefined || v === '' ? 'first_name' : v), z.enum(SIGN_AS, err('unknownSignature')));

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
