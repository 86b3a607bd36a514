import { z } from 'zod';
import { embassyKind } from '@/db/schema';
import { isCountryCode } from '@/lib/countries';
import type { FieldSpec } from '@/lib/forms/field-spec';

// The dashboard's forms for pickets (the dashboard is English-only).

const text = (max: number) => z.string({ error: 'Required.' }).trim().min(1, 'Required.').max(max, `At most ${max} characters.`);

/** An embassy or consulate as organisers enter it (the dashboard is English-only). */
export const embassySchema = z.object({
  kind: z.enum(embassyKind.enumValues, { error: 'Choose embassy or consulate.' }),
  name: text(200),
  city: text(100),
  country: z
    .string({ error: 'Required.' })
    .trim()
    .toUpperCase()
    .refine(isCountryCode, 'Not an ISO 3166-1 country code.'),
  address: text(300),
  lat: z.coerce.number({ error: 'A latitude, e.g. 51.5074.' }).min(-90, 'Between -90 and 90.').max(90, 'Between -90 and 90.'),
  lon: z.coerce.number({ error: 'A longitude, e.g. -0.1278.' }).min(-180, 'Between -180 and 180.').max(180, 'Between -180 and 180.'),
  sourceUrl: z.url({ protocol: /^https?$/, error: 'The http(s) address of the page the address was read from.' }).max(500),
  checkedOn: z.iso.date({ error: 'The date it was checked, as YYYY-MM-DD.' }),
  // The mission's public contact address, where protest letters to "the embassy in your country" go.
  email: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), z.email({ error: 'The mission’s public email address.' }).max(254).nullable().default(null)),
  emailSourceUrl: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    z.url({ protocol: /^https?$/, error: 'The http(s) address of the page the email address was read from.' }).max(500).nullable().default(null),
  ),
}).superRefine((v, ctx) => {
  if (v.email && !v.emailSourceUrl) ctx.addIssue({ code: 'custom', path: ['emailSourceUrl'], message: 'Where was the email address read? Letters go to it.' });
});

/** The dashboard form's fields, drawn by components/admin/record-form.tsx. */
export const embassyForm = [
  { name: 'kind', kind: 'select', options: embassyKind.enumValues, labels: 'Admin.options', required: true },
  { name: 'name', kind: 'text', required: true },
  { name: 'address', kind: 'text', required: true },
  { name: 'city', kind: 'text', required: true },
  { name: 'country', kind: 'text', required: true },
  { name: 'lat', kind: 'text', required: true },
  { name: 'lon', kind: 'text', required: true },
  { name: 'sourceUrl', kind: 'text', required: true },
  { name: 'checkedOn', kind: 'date', required: true },
  { name: 'email', kind: 'text' },
  { name: 'emailSourceUrl', kind: 'text' },
] as const satisfies readonly FieldSpec[];

export type EmbassyInput = z.output<typeof embassySchema>;
