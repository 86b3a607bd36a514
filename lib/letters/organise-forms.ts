import { z } from 'zod';
import { letterDeliveryMode } from '@/db/schema';
import type { FieldSpec } from '@/lib/forms/field-spec';
import { checkbox, localized, optionalText, requiredDate, requiredText, slug, wholeNumber } from '@/lib/forms/form-input';
import { issueAt, says } from '@/lib/forms/field-error';
import { checkLetter, LETTER_MAX, LETTER_MIN } from './letter-text';

// The organisers' forms for letter actions and offices (field names and error messages are message
// keys under Admin.fields and Admin.errors), each with ONE zod schema.

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
    slug: slug('write-for-erzhan'),
    caseId: z.preprocess(blankToNull, z.uuid(says('chooseCase')).nullable().default(null)),
    title: localized({ required: true }),
    ask: localized({ required: true, multiline: true }),
    letter: localized({ required: true, multiline: true }),
    offices: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.uuid(says('chooseOffices'))).max(20)),
    toEmbassy: checkbox,
    allowAnonymous: checkbox,
    mode: z.enum(letterDeliveryMode.enumValues, says('chooseDelivery')),
    perHour: wholeNumber(1, 10_000),
  })
  .superRefine((v, ctx) => {
    if (v.offices.length === 0 && !v.toEmbassy) ctx.addIssue(issueAt(['offices'], 'officeOrEmbassy'));
    for (const [locale, text] of Object.entries(v.letter ?? {})) {
      if (!checkLetter(text).ok) ctx.addIssue(issueAt(['letter', locale], 'suggestedLetter', { min: LETTER_MIN, max: LETTER_MAX }));
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
    slug: slug('prosecutor-general'),
    name: localized({ required: true }),
    email: z.preprocess(blankToNull, z.email(says('officeEmail')).max(254, says('tooLong')).nullable().default(null)),
    sourceUrl: z.url({ protocol: /^https?$/, ...says('officeSourceUrl') }).max(500, says('tooLong')),
    checkedOn: z.preprocess(blankToNull, z.iso.date(says('date')).nullable().default(null)),
    note: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    if (v.checkedOn && !v.email) ctx.addIssue(issueAt(['email'], 'checkedOfficeEmail'));
  });
export type OfficeInput = z.output<typeof officeSchema>;

export const handDeliveryFields = (targets: { value: string; label: string }[]): FieldSpec[] => [
  { name: 'target', kind: 'choice', choices: targets, required: true },
  { name: 'deliveredOn', kind: 'date', required: true },
  { name: 'deliveryNote', kind: 'text', required: true },
];

export const handDeliverySchema = z.object({
  target: z.string(says('chooseTarget')).regex(/^(office|embassy):[0-9a-f-]{36}$/, says('chooseTarget')),
  deliveredOn: requiredDate,
  deliveryNote: requiredText(300),
});
export type HandDeliveryInput = z.output<typeof handDeliverySchema>;
