import { z } from 'zod';
import { emptyRecord, isSafeFieldName } from '@/lib/http/form-fields';
import { locales } from '@/lib/i18n/locales';
import { isCountryCode } from '@/lib/countries';
import { ADDRESS_MAX, CAPACITY_MAX, EMAIL_MAX, NAME_MAX, PLACE_MAX, TEXT_MAX, TITLE_MAX } from './limits';
import { isTimeZone, zonedToUtc } from './time';

export { ADDRESS_MAX, CAPACITY_MAX, EMAIL_MAX, FIELD_LIMITS, NAME_MAX, NOTE_MAX, PLACE_MAX, TEXT_MAX, TITLE_MAX, type LimitedField } from './limits';

/**
 * The one description of a picket as people submit it: the public proposal form, its server
 * action, the organisers' editor and any API parse with these schemas. Error messages are keys of
 * `Pickets.errors` in messages/, so each caller shows them in the visitor's language.
 */
export type PicketErrorKey =
  | 'required'
  | 'tooLong'
  | 'controlCharacters'
  | 'unknownCountry'
  | 'unknownTimeZone'
  | 'invalidDate'
  | 'endBeforeStart'
  | 'inPast'
  | 'capacityPositive'
  | 'invalidNumber'
  | 'invalidEmail'
  | 'invalidCoordinates'
  | 'unknownChoice';

const err = (key: PicketErrorKey) => ({ error: key });

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/**
 * One line of text: trimmed, inner whitespace collapsed; huge input refused before any regex (with
 * the same `tooLong`: to the person it is one limit, however far past it they went).
 */
const line = (max: number) =>
  z
    .string(err('required'))
    .max(max * 4, err('tooLong'))
    .refine((v) => !CONTROL.test(v), err('controlCharacters'))
    .transform((v) => v.trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(1, err('required')).max(max, err('tooLong')));

/** Paragraphs: line breaks kept. */
const paragraphs = (max: number) =>
  z
    .string(err('required'))
    .max(max * 4, err('tooLong'))
    .refine((v) => !CONTROL_BUT_LINES.test(v), err('controlCharacters'))
    .transform((v) => v.trim().replace(/\r\n?/g, '\n'))
    .pipe(z.string().min(1, err('required')).max(max, err('tooLong')));

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const coordinate = (limit: number) =>
  optional(z.coerce.number(err('invalidCoordinates')).min(-limit, err('invalidCoordinates')).max(limit, err('invalidCoordinates')));

const uuidList = z.preprocess(
  (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().regex(UUID, err('unknownChoice'))).max(20, err('unknownChoice')),
);

const fields = {
  title: line(TITLE_MAX),
  description: paragraphs(TEXT_MAX),
  whatToBring: optional(paragraphs(TEXT_MAX)),
  accessibility: optional(paragraphs(TEXT_MAX)),
  country: z
    .string(err('required'))
    .max(8, err('unknownCountry'))
    .transform((v) => v.trim().toUpperCase())
    .pipe(z.string().min(1, err('required')).refine(isCountryCode, err('unknownCountry'))),
  city: line(PLACE_MAX),
  venue: line(PLACE_MAX),
  address: line(ADDRESS_MAX),
  embassyId: optional(z.string().regex(UUID, err('unknownChoice'))),
  lat: coordinate(90),
  lon: coordinate(180),
  startsAt: z.string(err('required')).max(40, err('invalidDate')).pipe(z.string().min(1, err('required'))),
  endsAt: z.string(err('required')).max(40, err('invalidDate')).pipe(z.string().min(1, err('required'))),
  timeZone: z
    .string(err('required'))
    .max(64, err('unknownTimeZone'))
    .transform((v) => v.trim())
    .pipe(z.string().min(1, err('required')).refine(isTimeZone, err('unknownTimeZone'))),
  capacity: optional(
    z.coerce
      .number(err('invalidNumber'))
      .int(err('invalidNumber'))
      .min(1, err('capacityPositive'))
      .max(CAPACITY_MAX, err('invalidNumber')),
  ),
  petitionId: optional(z.string().regex(UUID, err('unknownChoice'))),
  caseIds: uuidList,
};

type TimeFields = { startsAt: string; endsAt: string; timeZone: string; lat?: number; lon?: number };
type TimeIssue = { path: 'startsAt' | 'endsAt' | 'lat'; key: PicketErrorKey };

/**
 * The checks across fields: the local start and end in the picket's zone, their order, a start in
 * the future, and coordinates in pairs. `now` is a parameter so that tests choose it.
 */
function timeIssues(value: TimeFields, now: Date): { issues: TimeIssue[]; startsAt: Date | null; endsAt: Date | null } {
  const issues: TimeIssue[] = [];
  const startsAt = zonedToUtc(value.startsAt, value.timeZone);
  const endsAt = zonedToUtc(value.endsAt, value.timeZone);
  if (!startsAt) issues.push({ path: 'startsAt', key: 'invalidDate' });
  if (!endsAt) issues.push({ path: 'endsAt', key: 'invalidDate' });
  if (startsAt && startsAt.getTime() <= now.getTime()) issues.push({ path: 'startsAt', key: 'inPast' });
  if (startsAt && endsAt && endsAt.getTime() <= startsAt.getTime()) issues.push({ path: 'endsAt', key: 'endBeforeStart' });
  if ((value.lat === undefined) !== (value.lon === undefined)) issues.push({ path: 'lat', key: 'invalidCoordinates' });
  return { issues, startsAt, endsAt };
}

type WithTimes<T> = Omit<T, 'startsAt' | 'endsAt'> & { startsAt: Date; endsAt: Date };

function withTimes<T extends TimeFields>(schema: z.ZodType<T>, now: () => Date) {
  return schema.transform((value, ctx): WithTimes<T> => {
    const { issues, startsAt, endsAt } = timeIssues(value, now());
    for (const issue of issues) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.key });
    if (issues.length > 0) return z.NEVER;
    return { ...value, startsAt: startsAt!, endsAt: endsAt! };
  });
}

const picketObject = z.object(fields);

/** What organisers edit. */
export const picketSchema = (now: () => Date = () => new Date()) => withTimes(picketObject, now);

const proposalObject = picketObject.extend({
  organiserName: line(NAME_MAX),
  organiserEmail: z
    .string(err('required'))
    .max(EMAIL_MAX * 2, err('tooLong'))
    .transform((v) => v.trim())
    .pipe(z.string().min(1, err('required')).max(EMAIL_MAX, err('tooLong')).pipe(z.email(err('invalidEmail')))),
  locale: z.enum(locales).catch('en'),
  /** The honeypot: hidden from people; bots that fill every field fill it too. */
  website: z.preprocess((v) => (typeof v === 'string' ? v : ''), z.string()),
});

/** What anyone proposing a picket submits: the picket and a private contact. */
export const proposalSchema = (now: () => Date = () => new Date()) => withTimes(proposalObject, now);

export type PicketInput = z.output<ReturnType<typeof picketSchema>>;
export type ProposalInput = z.output<ReturnType<typeof proposalSchema>>;
export type ProposalFields = keyof z.input<typeof proposalObject>;
export type PicketFieldErrors = Partial<Record<ProposalFields, PicketErrorKey[]>>;
export type PicketValues = Partial<Record<ProposalFields, string | string[]>>;

export type Parsed<T> = { ok: true; input: T } | { ok: false; errors: PicketFieldErrors; values: PicketValues };

const timeObject = z.object({ startsAt: fields.startsAt, endsAt: fields.endsAt, timeZone: fields.timeZone, lat: fields.lat, lon: fields.lon });

function parseWith<T>(schema: z.ZodType<T>, raw: Record<string, unknown>, now: () => Date): Parsed<T> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, input: result.data };
  const errors = z.flattenError(result.error).fieldErrors as PicketFieldErrors;
  // Zod stops before the checks across fields when any field fails: run them too, so a visitor
  // sees every error at once rather than a new one on each submit.
  const times = timeObject.safeParse(raw);
  if (times.success) {
    for (const issue of timeIssues(times.data, now()).issues) if (!errors[issue.path]?.length) errors[issue.path] = [issue.key];
  }
  return { ok: false, errors, values: echo(raw) };
}

export const parsePicket = (raw: Record<string, unknown>, now: () => Date = () => new Date()) => parseWith(picketSchema(now), raw, now);
export const parseProposal = (raw: Record<string, unknown>, now: () => Date = () => new Date()) => parseWith(proposalSchema(now), raw, now);

/** What was typed, to put back in the form next to the errors (bounded, so a 5,000-character field comes back cut). */
export function echo(raw: Record<string, unknown>): PicketValues {
  const values: PicketValues = {};
  for (const key of Object.keys(proposalObject.shape) as ProposalFields[]) {
    const v = raw[key];
    if (typeof v === 'string') values[key] = v.slice(0, TEXT_MAX * 2);
    else if (Array.isArray(v)) values[key] = v.filter((x): x is string => typeof x === 'string').slice(0, 20);
  }
  return values;
}

/** A form post as a plain object; `caseIds` may repeat. */
export function picketFormFields(form: FormData): Record<string, unknown> {
  const out = emptyRecord<unknown>();
  if (!(form instanceof FormData)) return out;
  for (const [key, value] of form.entries()) {
    if (typeof value !== 'string' || !isSafeFieldName(key)) continue;
    if (key !== 'caseIds') out[key] = value;
    else if (Array.isArray(out.caseIds)) out.caseIds.push(value);
    else out.caseIds = [value];
  }
  return out;
}

// --- The RSVP form ---
const NAME = /^\p{L}[\p{L}\p{M}\s'’‘.,-]*$/u;
/** An RSVP: an address, and a name or nothing ("anonymous"). Keys of `Pickets.errors`. */
export const rsvpSchema = z.object({
  name: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z
      .string()
      .max(400, { error: 'tooLong' })
      .refine((v) => !CONTROL.test(v), { error: 'controlCharacters' })
      .transform((v) => v.trim().replace(/\s+/g, ' '))
      .pipe(z.string().max(100, { error: 'tooLong' }).regex(NAME, { error: 'nameCharacters' }))
      .optional(),
  ),
  email: z
    .string({ error: 'required' })
    .max(508, { error: 'tooLong' })
    .transform((v) => v.trim())
    .pipe(z.string().min(1, { error: 'required' }).max(254, { error: 'tooLong' }).pipe(z.email({ error: 'invalidEmail' }))),
  locale: z.enum(locales).catch('en'),
  /** The honeypot, as on the proposal and sign forms. */
  website: z.preprocess((v) => (typeof v === 'string' ? v : ''), z.string()),
});

export type RsvpErrorKey = 'required' | 'tooLong' | 'controlCharacters' | 'nameCharacters' | 'invalidEmail';
export type RsvpFieldErrors = Partial<Record<'name' | 'email', RsvpErrorKey[]>>;
