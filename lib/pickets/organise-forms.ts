import { z } from 'zod';
import { embassyKind } from '@/db/schema';
import { isCountryCode } from '@/lib/countries';
import type { FieldSpec } from '@/lib/forms/field-spec';
import { issueAt, says } from '@/lib/forms/field-error';
import { requiredText } from '@/lib/forms/form-input';

// The dashboard's forms for pickets (error messages are keys under Admin.errors).

const text = requiredText;

/** An embassy or consulate as organisers enter it. */
export const embassySchema = z.object({
  kind: z.enum(embassyKind.enumValues, says('chooseEmbassyKind')),
  name: text(200),
  city: text(100),
  country: z
    .string(says('required'))
    .trim()
    .toUpperCase()
    .refine(isCountryCode, says('countryCode')),
  address: text(300),
  lat: z.coerce.number(says('latitude')).min(-90, says('latitudeRange')).max(90, says('latitudeRange')),
  lon: z.coerce.number(says('longitude')).min(-180, says('longitudeRange')).max(180, says('longitudeRange')),
  sourceUrl: z.url({ protocol: /^https?$/, ...says('embassySourceUrl') }).max(500, says('tooLong')),
  checkedOn: z.iso.date(says('checkedOn')),
  // The mission's public contact address, where protest letters to "the embassy in your country" go.
  email: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), z.email(says('embassyEmail')).max(254, says('tooLong')).nullable().default(null)),
  emailSourceUrl: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    z.url({ protocol: /^https?$/, ...says('embassyEmailSourceUrl') }).max(500, says('tooLong')).nullable().default(null),
  ),
}).superRefine((v, ctx) => {
  if (v.email && !v.emailSourceUrl) ctx.addIssue(issueAt(['emailSourceUrl'], 'emailSourceNeeded'));
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
