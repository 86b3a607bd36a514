import { z } from 'zod';
import { caseStatus } from '@/db/schema';
import { MAX_QUERY_LENGTH } from './name-search';

// The public list of cases: its search, filters and order, read from the URL.

export const caseSorts = ['name', 'recent'] as const;
export type CaseSort = (typeof caseSorts)[number];

// The list page reads these from the URL. A value we don't understand is dropped rather than
// answered with an error: a shared or hand-edited link still shows the list.
export const caseListParams = z.object({
  status: z.enum(caseStatus.enumValues).optional().catch(undefined),
  q: z
    .string()
    .transform((s) => s.slice(0, MAX_QUERY_LENGTH).trim())
    .optional()
    .catch(undefined),
  sort: z.enum(caseSorts).default('name').catch('name'),
});

export type CaseListParams = z.infer<typeof caseListParams>;

/** Next gives repeated parameters as arrays; the list uses the first of each. */
export function parseCaseListParams(raw: Record<string, string | string[] | undefined>): CaseListParams {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return caseListParams.parse({ status: first(raw.status), q: first(raw.q), sort: first(raw.sort) });
}
