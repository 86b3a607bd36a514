import { z } from 'zod';
import { letterDeliveryMode } from '@/db/schema';
import type { FieldSpec } from '@/lib/forms/field-spec';
import { checkbox, localized, optionalText, requiredDate, requiredText } from '@/lib/forms/form-input';
import { checkLetter, LETTER_MAX, LETTER_MIN } from './letter-text';

// The organisers' forms for letter actions and offices (English; field names are message keys under
// Admin.fields), each with ONE zod schema.

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
      if (!checkLetter(text).ok) ctx.addIssue({ code: 'custom', path: ['letter', locale], message: `The suggested letter must be a letter supporters may send as it is (${LETTER_MIN}–${LETTER_MAX} characters, no HTML).` });
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
