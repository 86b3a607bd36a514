import { z } from 'zod';
import { fieldErrors, optionalDate, optionalText, type FieldErrors } from '@/lib/forms/form-input';
import { says } from '@/lib/forms/field-error';
import { auditEntities } from './format';

/** The audit log's filters, from the page's query string (a GET form: it works without script). */
export const auditFilterSchema = z
  .object({
    who: optionalText(320),
    kind: z.preprocess((v) => (v === '' ? null : v), z.enum(auditEntities, says('chooseRecordKind')).nullable().default(null)),
    from: optionalDate,
    to: optionalDate,
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ['to'], error: 'auditDates' });

export const AUDIT_FILTER_FIELDS = ['who', 'kind', 'from', 'to'] as const;

const DAY_MS = 86_400_000;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** What was typed (to show again), the field errors, and the filter for `listAuditLines` (null while a field is wrong). */
export function auditFilterFromQuery(query: Record<string, string | string[] | undefined>) {
  const typed = Object.fromEntries(AUDIT_FILTER_FIELDS.map((f) => [f, typeof query[f] === 'string' ? query[f] : ''])) as Record<
    (typeof AUDIT_FILTER_FIELDS)[number],
    string
  >;
  const parsed = auditFilterSchema.safeParse(typed);
  if (!parsed.success) return { typed, errors: fieldErrors(parsed.error), filter: null };
  const f = parsed.data;
  return {
    typed,
    errors: {} as FieldErrors,
    // The last day is included: the filter runs to the start of the next day (UTC, as the log shows).
    filter: { actorEmail: f.who, entity: f.kind, from: f.from ? day(f.from) : null, to: f.to ? new Date(day(f.to).getTime() + DAY_MS) : null },
  };
}
