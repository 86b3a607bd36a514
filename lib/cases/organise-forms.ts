import { z } from 'zod';
import {
  caseStatus,
  datePrecision,
  letterDelivery,
  nameKind,
  photoConsent,
  timelineKind,
} from '@/db/schema';
import { formatDate, type Precision } from '@/lib/i18n/dates';
import { locales, type Locale, type Localized } from '@/lib/i18n/locales';
import {
  checkbox,
  datesInOrder,
  localized,
  optionalDate,
  optionalInt,
  optionalText,
  requiredDate,
  requiredText,
  slug,
  sourceIds,
} from '@/lib/forms/form-input';
import { says, type FieldErrorKey } from '@/lib/forms/field-error';
import type { FieldSpec } from '@/lib/forms/field-spec';

// What each dashboard form for a case shows (fields, for the generic form component) and how it is
// validated (one zod schema per form).

const precision = { kind: 'select', options: datePrecision.enumValues, labels: 'Admin.options', required: true } as const;
const sources = { name: 'sources', kind: 'sources' } as const;
const enumOf = <T extends readonly [string, ...string[]]>(values: T, key: FieldErrorKey) => z.enum(values, says(key));

export const identityForm = {
  fields: [
    { name: 'slug', kind: 'text', required: true, hint: true },
    { name: 'published', kind: 'checkbox' },
    { name: 'name', kind: 'localized', required: true },
    { name: 'summary', kind: 'localized', required: true, multiline: true },
    { name: 'biography', kind: 'localized', required: true, multiline: true },
    { name: 'occupation', kind: 'localized' },
    { name: 'affiliation', kind: 'localized' },
    { name: 'howToHelp', kind: 'localized', multiline: true },
    { name: 'birthYear', kind: 'number' },
    { name: 'birthName', kind: 'text' },
    { name: 'photoCredit', kind: 'text' },
    { name: 'photoConsent', kind: 'select', options: photoConsent.enumValues, labels: 'Admin.options', required: true },
    sources,
  ] satisfies FieldSpec[],
  schema: z.object({
    slug: slug('nurbek-kushakbayev'),
    published: checkbox,
    name: localized({ required: true }),
    summary: localized({ required: true, multiline: true }),
    biography: localized({ required: true, multiline: true }),
    occupation: localized({ required: false }),
    affiliation: localized({ required: false }),
    howToHelp: localized({ required: false, multiline: true }),
    birthYear: optionalInt(1900, 2100),
    birthName: optionalText(200),
    photoCredit: optionalText(300),
    photoConsent: enumOf(photoConsent.enumValues, 'chooseConsent'),
    sources: sourceIds,
  }),
};
export type IdentityInput = z.infer<typeof identityForm.schema>;

/** The records a case is made of, each edited with its own form. */
export const recordForms = {
  names: {
    fields: [
      { name: 'name', kind: 'text', required: true },
      { name: 'language', kind: 'select', options: ['', ...locales], labels: 'Admin.options' },
      { name: 'kind', kind: 'select', options: nameKind.enumValues, labels: 'Admin.options', required: true },
    ] satisfies FieldSpec[],
    schema: z.object({
      name: requiredText(200),
      language: z.preprocess((v) => (v === '' ? null : v), enumOf(locales, 'chooseLanguage').nullable().default(null)),
      kind: enumOf(nameKind.enumValues, 'chooseNameKind'),
    }),
  },
  statuses: {
    fields: [
      { name: 'status', kind: 'select', options: caseStatus.enumValues, labels: 'Status', required: true },
      { name: 'since', kind: 'date' },
      { name: 'sincePrecision', ...precision },
      { name: 'asOf', kind: 'date', required: true, hint: true },
      { name: 'confirmed', kind: 'checkbox' },
      { name: 'note', kind: 'localized', multiline: true },
      sources,
    ] satisfies FieldSpec[],
    schema: z
      .object({
        status: enumOf(caseStatus.enumValues, 'unknownStatus'),
        since: optionalDate,
        sincePrecision: enumOf(datePrecision.enumValues, 'choosePrecision'),
        asOf: requiredDate,
        confirmed: checkbox,
        note: localized({ required: false, multiline: true }),
        sources: sourceIds,
      })
      .superRefine(datesInOrder('since', 'asOf', 'statusDates')),
  },
  charges: {
    fields: [
      { name: 'code', kind: 'localized', required: true },
      { name: 'article', kind: 'text' },
      { name: 'part', kind: 'text' },
      { name: 'label', kind: 'localized', required: true },
      { name: 'position', kind: 'number' },
      sources,
    ] satisfies FieldSpec[],
    schema: z.object({
      code: localized({ required: true }),
      article: optionalText(40),
      part: optionalText(40),
      label: localized({ required: true }),
      position: optionalInt(0, 1000).transform((v) => v ?? 0),
      sources: sourceIds,
    }),
  },
  sentences: {
    fields: [
      { name: 'sentencedOn', kind: 'date' },
      { name: 'sentencedOnPrecision', ...precision },
      { name: 'court', kind: 'localized' },
      { name: 'termMonths', kind: 'number' },
      { name: 'regime', kind: 'localized' },
      { name: 'penalties', kind: 'localized', multiline: true, hint: true },
      { name: 'expectedRelease', kind: 'date' },
      sources,
    ] satisfies FieldSpec[],
    schema: z
      .object({
        sentencedOn: optionalDate,
        sentencedOnPrecision: enumOf(datePrecision.enumValues, 'choosePrecision'),
        court: localized({ required: false }),
        termMonths: optionalInt(0, 1200),
        regime: localized({ required: false }),
        penalties: localized({ required: false, multiline: true }),
        expectedRelease: optionalDate,
        sources: sourceIds,
      })
      .superRefine(datesInOrder('sentencedOn', 'expectedRelease', 'sentenceDates')),
  },
  detentions: {
    fields: [
      { name: 'facility', kind: 'localized', required: true },
      { name: 'city', kind: 'localized' },
      { name: 'fromDate', kind: 'date' },
      { name: 'toDate', kind: 'date' },
      { name: 'letterAddress', kind: 'textarea' },
      { name: 'addressVerifiedOn', kind: 'date' },
      { name: 'lettersReach', kind: 'select', options: letterDelivery.enumValues, labels: 'Admin.options', required: true },
      { name: 'position', kind: 'number' },
      sources,
    ] satisfies FieldSpec[],
    schema: z
      .object({
        facility: localized({ required: true }),
        city: localized({ required: false }),
        fromDate: optionalDate,
        toDate: optionalDate,
        letterAddress: optionalText(1000),
        addressVerifiedOn: optionalDate,
        lettersReach: enumOf(letterDelivery.enumValues, 'chooseLettersReach'),
        position: optionalInt(0, 1000).transform((v) => v ?? 0),
        sources: sourceIds,
      })
      .superRefine(datesInOrder('fromDate', 'toDate', 'detentionDates')),
  },
  timeline: {
    fields: [
      { name: 'occurredOn', kind: 'date', required: true },
      { name: 'precision', ...precision },
      { name: 'kind', kind: 'select', options: timelineKind.enumValues, labels: 'Timeline', required: true },
      { name: 'title', kind: 'localized', required: true },
      { name: 'body', kind: 'localized', multiline: true },
      sources,
    ] satisfies FieldSpec[],
    schema: z.object({
      occurredOn: requiredDate,
      precision: enumOf(datePrecision.enumValues, 'choosePrecision'),
      kind: enumOf(timelineKind.enumValues, 'chooseTimelineKind'),
      title: localized({ required: true }),
      body: localized({ required: false, multiline: true }),
      sources: sourceIds,
    }),
  },
} as const;

export type RecordKind = keyof typeof recordForms;
export const recordKinds = Object.keys(recordForms) as RecordKind[];
export const recordKind = z.enum(recordKinds as [RecordKind, ...RecordKind[]]);

export const sourceForm = {
  fields: [
    { name: 'title', kind: 'text', required: true },
    { name: 'publisher', kind: 'text', required: true },
    { name: 'publishedOn', kind: 'date' },
    { name: 'url', kind: 'text' },
    { name: 'language', kind: 'select', options: ['', ...locales], labels: 'Admin.options' },
  ] satisfies FieldSpec[],
  schema: z.object({
    title: requiredText(500),
    publisher: requiredText(200),
    publishedOn: optionalDate,
    url: z.preprocess(
      (v) => (v === '' ? null : v),
      z.url({ protocol: /^https?$/, ...says('webAddress') }).nullable().default(null),
    ),
    language: z.preprocess((v) => (v === '' ? null : v), z.string().max(10).nullable().default(null)),
  }),
};

/** The values a form shows for a stored record: the flat field names of its form. */
export function valuesFromRow(fields: readonly FieldSpec[], row: Record<string, unknown>, sourceIds: string[] = []) {
  const values: Record<string, string | string[]> = {};
  for (const field of fields) {
    if (field.kind === 'sources') {
      values.sources = sourceIds;
      continue;
    }
    // Side penalties are stored as a list; the form shows them one per line in each language.
    const raw = field.name === 'penalties' ? penaltiesAsLines(row.additionalPenalties) : row[field.name];
    if (field.kind === 'localized') {
      for (const locale of locales) values[`${field.name}.${locale}`] = ((raw as Record<string, string> | null)?.[locale] ?? '') as string;
    } else if (field.kind === 'checkbox') {
      values[field.name] = raw ? 'on' : '';
    } else {
      values[field.name] = raw === null || raw === undefined ? '' : String(raw);
    }
  }
  return values;
}

function penaltiesAsLines(list: unknown): Record<string, string> {
  const penalties = (list ?? []) as Record<string, string | undefined>[];
  return Object.fromEntries(locales.map((l) => [l, penalties.map((p) => p[l] ?? '').join('\n').trim()]));
}

/** Defaults of an empty "add" form. */
export function emptyValues(fields: readonly FieldSpec[]) {
  const values: Record<string, string | string[]> = {};
  for (const field of fields) {
    if (field.kind === 'select' && field.required) values[field.name] = field.options[0]!;
    if (field.kind === 'sources') values.sources = [];
  }
  return values;
}

/** Looks a message up by its full key (`Status.paroled`), with values for its placeholders. */
export type Say = (key: string, values?: Record<string, string | number>) => string;

/**
 * A one-line description of a stored record, for the collapsed list in the editor, in the words
 * of the public site: "Released on parole, conviction stands · since 3 March 2020", not `paroled`.
 */
export function recordSummary(kind: RecordKind, row: Record<string, unknown>, say: Say, locale: Locale = 'en'): string {
  const text = (v: unknown) => (v as Localized | null)?.[locale] || (v as Localized | null)?.en || '';
  const date = (v: unknown, precision: unknown = 'day') =>
    typeof v === 'string' && v ? formatDate(v, locale, (precision as Precision | null) ?? 'day') : null;
  // Only the kind's own parts are worked out: a message looked up for another kind's field would be missing.
  const parts = (): unknown[] => {
    switch (kind) {
      case 'names':
        return [row.name, row.kind ? say(`Admin.options.${row.kind}`) : null, row.language ? say(`Admin.options.${row.language}`) : null];
      case 'statuses': {
        const since = date(row.since, row.sincePrecision);
        const asOf = date(row.asOf);
        return [say(`Status.${row.status}`), since ? say('Status.since', { date: since }) : null, asOf ? say('Status.asOf', { date: asOf }) : null];
      }
      case 'charges':
        return [text(row.code), row.article, text(row.label)];
      case 'sentences':
        return [date(row.sentencedOn, row.sentencedOnPrecision), row.termMonths ? say('Admin.records.months', { count: Number(row.termMonths) }) : null, text(row.court)];
      case 'detentions':
        return [text(row.facility), [date(row.fromDate), date(row.toDate)].filter(Boolean).join(' – ')];
      case 'timeline':
        return [date(row.occurredOn, row.precision), row.kind ? say(`Timeline.${row.kind}`) : null, text(row.title)];
    }
  };
  return parts().filter(Boolean).join(' · ');
}
