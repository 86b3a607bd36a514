import { z } from 'zod';
import { blockKind, signatureStatus } from '@/db/schema';
import type { FieldSpec } from '@/lib/forms/field-spec';
import { fieldErrors, localized, optionalDate, optionalText, requiredDate, requiredText, slug, wholeNumber, type FieldErrors } from '@/lib/forms/form-input';
import { issueAt, says } from '@/lib/forms/field-error';
import { parseRange } from './blocklist';
import { isCountryCode } from '@/lib/countries';

// The organisers' petition forms: what each shows (fields, for the dashboard's form component) and
// ONE zod schema each, which parses the submitted fields, types the domain function and gives the
// field errors. Field names are message keys under Admin.fields.

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

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
    slug: slug('free-aron-atabek'),
    caseId: z.preprocess(blankToNull, z.uuid(says('chooseCase')).nullable().default(null)),
    title: localized({ required: true }),
    target: localized({ required: true }),
    summary: localized({ required: true, multiline: true }),
    body: localized({ required: true, multiline: true }),
    goal: wholeNumber(1, 100_000_000),
    opensOn: optionalDate,
    closesOn: optionalDate,
  })
  .superRefine((v, ctx) => {
    if (v.opensOn && v.closesOn && v.opensOn >= v.closesOn) ctx.addIssue(issueAt(['closesOn'], 'closesAfterOpens'));
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
    country: z.preprocess(blankToNull, z.string().refine(isCountryCode, says('chooseCountry')).nullable().default(null)),
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
    kind: z.enum(blockKind.enumValues, says('chooseBlockKind')),
    value: requiredText(300),
    note: optionalText(300),
  })
  .transform((v) => ({ ...v, value: v.kind === 'domain' ? v.value.toLowerCase().replace(/^@/, '') : v.value }))
  .superRefine((v, ctx) => {
    const valid = v.kind === 'domain' ? DOMAIN.test(v.value) : parseRange(v.value) !== null;
    if (!valid) ctx.addIssue(issueAt(['value'], v.kind === 'domain' ? 'blockDomain' : 'blockRange'));
  });
export type BlockInput = z.infer<typeof blockSchema>;

/** The signature search, from the page's query string (a GET form: it works without script). */
export const signatureSearchSchema = z.object({
  email: optionalText(320),
  domain: optionalText(253),
  ipHash: optionalText(128),
  from: optionalDate,
  to: optionalDate,
  status: z.preprocess(blankToNull, z.enum(signatureStatus.enumValues, says('chooseSignatureStatus')).nullable().default(null)),
  flagged: z.preprocess(blankToNull, z.enum(['yes', 'no'], says('chooseYesNo')).nullable().default(null)),
});
export type SignatureSearchInput = z.infer<typeof signatureSearchSchema>;

/** The fields of the signature search, in the order the form shows them; also its query string. */
export const SIGNATURE_SEARCH_FIELDS = ['email', 'domain', 'ipHash', 'from', 'to', 'status', 'flagged'] as const;
export type SignatureSearchField = (typeof SIGNATURE_SEARCH_FIELDS)[number];

const DAY_MS = 86_400_000;

/**
 * Reads the search form from a page's query: what was typed (to show again), the field errors, and
 * the query for `searchSignatures` (null while a field is wrong). The "until" day is included: the
 * search runs to the start of the next day.
 */
export function signatureSearchFromQuery(query: Record<string, string | string[] | undefined>) {
  const typed = Object.fromEntries(SIGNATURE_SEARCH_FIELDS.map((f) => [f, typeof query[f] === 'string' ? query[f] : ''])) as Record<
    SignatureSearchField,
    string
  >;
  const parsed = signatureSearchSchema.safeParse(typed);
  if (!parsed.success) return { typed, errors: fieldErrors(parsed.error), search: null };
  const s = parsed.data;
  const search = {
    email: s.email,
    domain: s.domain,
    ipHash: s.ipHash,
    from: toUtcDay(s.from),
    to: s.to ? new Date(toUtcDay(s.to)!.getTime() + DAY_MS) : null,
    status: s.status,
    flagged: s.flagged === null ? null : s.flagged === 'yes',
  };
  return { typed, errors: {} as FieldErrors, search };
}

/**
 * The search that shows the signatures behind a petition's flag: the source the hourly check saw,
 * over the days of the hour before it (a flag raised just after midnight reaches back a day).
 */
export function flaggedSignaturesQuery(petition: {
  flaggedAt: Date | null;
  flagSourceKind: 'ip' | 'domain' | null;
  flagSource: string | null;
}): Record<string, string> | null {
  if (!petition.flaggedAt || !petition.flagSourceKind || !petition.flagSource) return null;
  return {
    [petition.flagSourceKind === 'ip' ? 'ipHash' : 'domain']: petition.flagSource,
    from: utcDay(new Date(petition.flaggedAt.getTime() - 3_600_000)),
    to: utcDay(petition.flaggedAt),
  };
}

/** Clearing a flag the hourly check raised: the organiser says why, for the audit log. */
export const clearFlagSchema = z.object({ reason: requiredText(500) });
export const clearFlagFields: FieldSpec[] = [{ name: 'reason', kind: 'text', required: true }];

export const invalidateSchema = z.object({
  ids: z.array(z.uuid(says('unknownSignature')), says('chooseSignatures')).min(1, says('chooseSignatures')).max(1000),
  reason: requiredText(200),
});

export { toUtcDay };
