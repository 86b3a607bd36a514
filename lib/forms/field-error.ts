import type { z } from 'zod';
import { emptyRecord } from '@/lib/http/form-fields';
import en from '@/messages/en.json';

// The dashboard's field errors, in the organiser's language. A schema names each message by its
// key under `Admin.errors` in messages/ (as the public forms name theirs under `Sign.errors` …), and
// the numbers a message states come with the issue: a check's own limit (`max`, `min`) or a
// refinement's params, so a limit is written once, in the schema. Where the error is shown — the
// dashboard's client forms, or a server page — next-intl puts it in words.

export type FieldErrorKey = keyof (typeof en)['Admin']['errors'];
export type FieldErrorValues = Record<string, string | number>;
export type FieldError = { key: FieldErrorKey; values?: FieldErrorValues };
/** Keyed like the form's field names (`name.en`); `form` for what concerns the whole form. */
export type FieldErrors = Record<string, FieldError>;

const KEYS = new Set(Object.keys(en.Admin.errors));

export function isFieldErrorKey(value: unknown): value is FieldErrorKey {
  return typeof value === 'string' && KEYS.has(value);
}

export function fieldError(key: FieldErrorKey, values?: FieldErrorValues): FieldError {
  return values ? { key, values } : { key };
}

/** A zod check's error option, naming its message: `.max(80, says('tooLong'))`. */
export const says = (key: FieldErrorKey) => ({ error: key });

/** A refinement's issue for `ctx.addIssue`, with the values its message states. */
export function issueAt(path: PropertyKey[], key: FieldErrorKey, values?: FieldErrorValues) {
  return { code: 'custom' as const, path, message: key, ...(values ? { params: values } : {}) };
}

/** What an issue of any code may carry, as far as these functions read it. */
type Issue = {
  code: string;
  path: PropertyKey[];
  message: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  origin?: string;
  params?: Record<string, unknown>;
  input?: unknown;
};

/** The values of an issue's message: its check's limit, or what the refinement passed. */
function valuesOf(issue: Issue): FieldErrorValues | undefined {
  const values: FieldErrorValues = {};
  if (issue.maximum !== undefined) values.max = Number(issue.maximum);
  if (issue.minimum !== undefined) values.min = Number(issue.minimum);
  for (const [k, v] of Object.entries(issue.params ?? {})) if (typeof v === 'string' || typeof v === 'number') values[k] = v;
  return Object.keys(values).length > 0 ? values : undefined;
}

/**
 * The key of an issue. A check without a message of its own (a bare `.max(500)`, a missing field)
 * gets a general one by its code rather than zod's English.
 */
function keyOf(issue: Issue): FieldErrorKey {
  if (isFieldErrorKey(issue.message)) return issue.message;
  if (issue.code === 'too_big') return issue.origin === 'string' ? 'tooLong' : issue.origin === 'array' ? 'tooMany' : 'tooBig';
  if (issue.code === 'too_small') return issue.origin === 'number' ? 'tooSmall' : 'required';
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'required';
  return 'invalid';
}

/** Field errors keyed like the form's field names (`name.en`), the first for each. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out = emptyRecord<FieldError>();
  for (const issue of error.issues as unknown as Issue[]) {
    const key = issue.path.map(String).join('.') || 'form';
    out[key] ??= fieldError(keyOf(issue), valuesOf(issue));
  }
  // A plain object: React passes only those to a client component (see toClient in form-input.ts).
  return { ...out };
}
