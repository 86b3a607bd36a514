import { z } from 'zod';
import { emptyRecord, isSafeFieldName } from '@/lib/http/form-fields';
import { locales, type Localized } from '@/lib/i18n/locales';
import type en from '@/messages/en.json';
import { issueAt, says, type FieldErrorKey, type FieldErrors } from './field-error';

export { fieldErrors, fieldError, type FieldError, type FieldErrors } from './field-error';

// Building blocks for the dashboard's form schemas. Each form has ONE zod schema, built from these,
// which parses the submitted fields, types the domain function and produces the field errors.

/** Whether a string is a record id. Ids bound to server actions come back from the browser, so they may be forged. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/**
 * The fields of a submitted form as an object; `name.en` becomes `{ name: { en } }`, repeated names
 * a list. Field names come from the visitor: every object built here has no prototype, and a name
 * (or part) that could reach one (`__proto__`, `constructor`, `prototype`) is dropped.
 */
export function formInput(formData: FormData, lists: readonly string[] = []): Record<string, unknown> {
  const out = emptyRecord<unknown>();
  if (!(formData instanceof FormData)) return out;
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION') || typeof value !== 'string') continue;
    const [head, tail] = key.split('.', 2) as [string, string | undefined];
    if (!isSafeFieldName(head) || (tail !== undefined && !isSafeFieldName(tail))) continue;
    if (tail !== undefined) {
      const existing = out[head];
      const group = (existing && typeof existing === 'object' && !Array.isArray(existing) ? existing : (out[head] = emptyRecord<string>())) as Record<string, string>;
      group[tail] = value;
    } else if (lists.includes(head)) {
      const existing = out[head];
      if (Array.isArray(existing)) existing.push(value);
      else out[head] = [value];
    } else {
      out[head] = value;
    }
  }
  for (const list of lists) out[list] ??= [];
  return out;
}

/** The flat field values to show again in a form after an error: what the person typed. */
export function echoValues(input: Record<string, unknown>): Record<string, string | string[]> {
  const out = emptyRecord<string | string[]>();
  for (const [key, value] of Object.entries(input)) {
    if (!isSafeFieldName(key)) continue;
    if (typeof value === 'string' || Array.isArray(value)) out[key] = value as string | string[];
    else if (value && typeof value === 'object') {
      for (const [sub, v] of Object.entries(value)) if (typeof v === 'string' && isSafeFieldName(sub)) out[`${key}.${sub}`] = v;
    }
  }
  return toClient(out);
}

/**
 * Echoed values and field errors go back to the form, a client component, and React passes only
 * plain objects there (a null prototype makes the action fail with a 500). Spreading copies the own
 * keys, already checked, as data properties: `__proto__` cannot become a setter call this way.
 */
function toClient<T>(record: Record<string, T>): Record<string, T> {
  return { ...record };
}

/**
 * A confirmation as the dashboard shows it, in the organiser's language: a key of `Admin.done` and
 * its values. `message` stays beside it in English, for logs and for callers with no language.
 */
export type Done = { key: keyof (typeof en)['Admin']['done']; values?: Record<string, string | number | Date> };

export type FormState =
  | { ok: true; message: string; id?: string; done?: Done }
  /** Each error a key of `Admin.errors` with its values (lib/forms/field-error.ts), put in words where it is shown. */
  | { ok: false; errors: FieldErrors; values: Record<string, string | string[]> }
  | null;

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

export const optionalText = (max = 2000) => z.preprocess(blankToNull, z.string().trim().max(max, says('tooLong')).nullable().default(null));

export const requiredText = (max = 2000) => z.string(says('required')).trim().min(1, says('required')).max(max, says('tooLong'));

export const optionalDate = z.preprocess(blankToNull, z.iso.date(says('date')).nullable().default(null));
export const requiredDate = z.iso.date(says('date'));

/** A whole number between `min` and `max`; the messages state the limit that was crossed. */
export const wholeNumber = (min: number, max: number) =>
  z.coerce.number(says('wholeNumber')).int(says('wholeNumber')).min(min, says('tooSmall')).max(max, says('tooBig'));

export const optionalInt = (min: number, max: number) => z.preprocess(blankToNull, wholeNumber(min, max).nullable().default(null));

export const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A record's name in its address: the message shows an example of this kind of record. */
export const slug = (example: string) => requiredText(80).refine((v) => SLUG.test(v), { error: 'slug', params: { example } });

/** One text per locale; English is the one that must be there when the text is required. */
export function localized<R extends boolean>({
  required,
  multiline = false,
}: {
  required: R;
  multiline?: boolean;
}): z.ZodType<R extends true ? Localized : Localized | null> {
  const max = multiline ? 20_000 : 500;
  const shape = Object.fromEntries(locales.map((l) => [l, optionalText(max)])) as Record<string, ReturnType<typeof optionalText>>;
  return z
    .preprocess((v) => v ?? {}, z.object(shape))
    .superRefine((value, ctx) => {
      const anyText = Object.values(value).some(Boolean);
      if (!value.en && (required || anyText)) ctx.addIssue(issueAt(['en'], 'englishRequired'));
    })
    .transform((value) => {
      if (!value.en) return null;
      return Object.fromEntries(Object.entries(value).filter(([, v]) => v)) as Localized;
    }) as unknown as z.ZodType<R extends true ? Localized : Localized | null>;
}

/** Ids of the sources a fact cites, from the form's checkboxes. */
export const sourceIds = z.array(z.uuid(says('unknownSource'))).max(50).default([]);

/** Adds an error at `second` when two dates are both given and out of order. */
export function datesInOrder<T extends Record<string, unknown>>(first: keyof T & string, second: keyof T & string, key: FieldErrorKey) {
  return (value: T, ctx: z.RefinementCtx) => {
    const a = value[first];
    const b = value[second];
    if (typeof a === 'string' && typeof b === 'string' && a > b) ctx.addIssue(issueAt([second], key));
  };
}
