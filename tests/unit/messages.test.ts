import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { auditFilterSchema } from '@/lib/audit/forms';
import { inviteSchema, signInSchema } from '@/lib/auth/forms';
import { identityForm, recordForms, sourceForm } from '@/lib/cases/organise-forms';
import { fieldErrors, isFieldErrorKey, type FieldError } from '@/lib/forms/field-error';
import { actionSchema, handDeliverySchema, officeSchema } from '@/lib/letters/organise-forms';
import { blockSchema, clearFlagSchema, deliverySchema, invalidateSchema, paperSchema, petitionSchema, signatureSearchSchema } from '@/lib/petitions/organise-forms';
import { embassySchema } from '@/lib/pickets/organise-forms';
import { rejectSchema } from '@/lib/resolutions/forms';
import { publishForm, updateForm } from '@/lib/updates/forms';
import { acceptedLocale } from '@/lib/i18n/accept-language';
import { resolveDashboardLocale } from '@/lib/i18n/dashboard-locale';
import en from '@/messages/en.json';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** Every argument of a message with its kind (`count:plural`, `email:argument`), and the plural forms used. */
function argumentsOf(message: string): { args: string[]; plurals: string[][] } {
  const args = new Set<string>();
  const plurals: string[][] = [];
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) {
        args.add(`${el.value}:${TYPE[el.type]}`);
      } else if (el.type === TYPE.plural || el.type === TYPE.select) {
        args.add(`${el.value}:${TYPE[el.type]}`);
        if (el.type === TYPE.plural) plurals.push(Object.keys(el.options).filter((k) => !k.startsWith('=')).sort());
        for (const option of Object.values(el.options)) walk(option.value);
      } else if (el.type === TYPE.tag) {
        args.add(`${el.value}:tag`);
        walk(el.children);
      }
    }
  };
  walk(parse(message));
  return { args: [...args].sort(), plurals };
}

const english = flatten(en as Tree);
const translations = { ru: flatten(ru as Tree), kk: flatten(kk as Tree) };
// The plural categories each language has for whole numbers (CLDR): every one must be written.
const PLURAL_FORMS = { ru: ['few', 'many', 'one', 'other'], kk: ['one', 'other'] };

// Dashboard texts that read the same in every language: names, codes and symbols.
// No words to translate: a dash, and patterns made only of placeholders and punctuation.
const SAME_IN_EVERY_LANGUAGE = new Set(['Admin.options.blank', 'Admin.audit.change', 'Admin.audit.inLanguage']);

describe('messages', () => {
  for (const [locale, messages] of Object.entries(translations) as [keyof typeof translations, Map<string, string>][]) {
    it(`${locale}.json has every text of en.json and no other`, () => {
      expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it(`${locale}.json uses the same ICU arguments as en.json, with every plural form of ${locale}`, () => {
      const problems: string[] = [];
      for (const [key, source] of english) {
        const translated = messages.get(key);
        if (translated === undefined) continue;
        const want = argumentsOf(source);
        let got: ReturnType<typeof argumentsOf>;
        try {
          got = argumentsOf(translated);
        } catch (error) {
          problems.push(`${key}: does not parse (${(error as Error).message})`);
          continue;
        }
        if (got.args.join() !== want.args.join()) problems.push(`${key}: arguments ${got.args.join()} instead of ${want.args.join()}`);
        for (const forms of got.plurals) {
          if (forms.join() !== PLURAL_FORMS[locale].join()) problems.push(`${key}: plural forms ${forms.join()} instead of ${PLURAL_FORMS[locale].join()}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it(`${locale}.json translates every dashboard text (none is an English copy)`, () => {
      const copies = [...english]
        .filter(([key, text]) => key.startsWith('Admin.') && !SAME_IN_EVERY_LANGUAGE.has(key) && messages.get(key) === text)
        .map(([key]) => key);
      expect(copies).toEqual([]);
    });
  }

  it('leaves outside the dashboard only names and pure placeholders the same as in English', () => {
    const copies = (['ru', 'kk'] as const).flatMap((locale) =>
      [...english].filter(([key, text]) => !key.startsWith('Admin.') && translations[locale].get(key) === text).map(([, text]) => text),
    );
    // "Yntymaq" is the platform's name, "HTML" a format; the rest are only placeholders and punctuation.
    const allowed = (text: string) => text === 'Yntymaq' || text === 'HTML' || text.replace(/\{\w+\}/g, '').replace(/[\s:,]/g, '') === '';
    expect(copies.filter((text) => !allowed(text))).toEqual([]);
  });
});

describe('the dashboard language', () => {
  it('reads the browser languages by weight, ignoring regions', () => {
    expect(acceptedLocale('kk-KZ,ru;q=0.8,en;q=0.5')).toBe('kk');
    expect(acceptedLocale('de-DE,ru;q=0.7,en;q=0.9')).toBe('en');
    expect(acceptedLocale('ru-RU')).toBe('ru');
    expect(acceptedLocale('de, fr;q=0.5')).toBeNull();
    expect(acceptedLocale('')).toBeNull();
    expect(acceptedLocale('kk;q=0, ru;q=0.1')).toBe('ru');
  });

  it('prefers this browser’s choice, then the organiser’s saved one, then Accept-Language, then English', () => {
    expect(resolveDashboardLocale({ cookie: 'kk', organiser: 'ru', acceptLanguage: 'en' })).toBe('kk');
    expect(resolveDashboardLocale({ cookie: 'xx', organiser: 'ru', acceptLanguage: 'kk' })).toBe('ru');
    expect(resolveDashboardLocale({ organiser: null, acceptLanguage: 'kk-KZ,ru;q=0.5' })).toBe('kk');
    expect(resolveDashboardLocale({ acceptLanguage: 'de' })).toBe('en');
  });
});

// Every form of the dashboard, by its one schema: what the field errors come from.
const dashboardSchemas: Record<string, z.ZodType> = {
  identity: identityForm.schema,
  ...Object.fromEntries(Object.entries(recordForms).map(([kind, form]) => [kind, form.schema])),
  source: sourceForm.schema,
  petition: petitionSchema,
  delivery: deliverySchema,
  paper: paperSchema,
  block: blockSchema,
  signatureSearch: signatureSearchSchema,
  clearFlag: clearFlagSchema,
  invalidate: invalidateSchema,
  letterAction: actionSchema,
  office: officeSchema,
  handDelivery: handDeliverySchema,
  embassy: embassySchema,
  update: updateForm,
  publish: publishForm,
  invite: inviteSchema,
  signIn: signInSchema,
  audit: auditFilterSchema,
  reject: rejectSchema,
};

// Input no form accepts: every field missing, and every field of every form given something wrong.
const FIELDS = [
  ...['slug', 'name', 'summary', 'biography', 'birthYear', 'photoConsent', 'sources', 'language', 'kind', 'status', 'since', 'asOf'],
  ...['sincePrecision', 'code', 'label', 'position', 'sentencedOn', 'sentencedOnPrecision', 'termMonths', 'expectedRelease'],
  ...['facility', 'fromDate', 'toDate', 'lettersReach', 'occurredOn', 'precision', 'title', 'publisher', 'url', 'caseId', 'target'],
  ...['body', 'goal', 'opensOn', 'closesOn', 'deliveredOn', 'deliveredTo', 'deliveredCount', 'count', 'country', 'value', 'email'],
  ...['from', 'to', 'flagged', 'reason', 'ids', 'ask', 'letter', 'offices', 'mode', 'perHour', 'sourceUrl', 'checkedOn', 'city'],
  ...['address', 'lat', 'lon', 'emailSourceUrl', 'deliveryNote', 'case', 'link', 'when', 'publishAt', 'role', 'locale', 'who'],
];
const localizedFields = new Set(['name', 'summary', 'biography', 'code', 'label', 'facility', 'title', 'body', 'ask', 'letter']);
const junk = ['', 'x'.repeat(25_000), '-5', 'not valid <b>', '2026-13-45'];
const badInputs = [{}, ...junk.map((v) => Object.fromEntries(FIELDS.map((f) => [f, localizedFields.has(f) ? { en: v, ru: v } : v])))];

function errorsOf(schema: z.ZodType): { errors: FieldError[]; messages: string[] } {
  const failed = badInputs.flatMap((input) => {
    const result = schema.safeParse(input);
    return result.success ? [] : [result.error];
  });
  return { errors: failed.flatMap((e) => Object.values(fieldErrors(e))), messages: failed.flatMap((e) => e.issues.map((i) => i.message)) };
}

// zod's own messages, for checks that name none (fieldErrors gives them a general text).
const ZOD_DEFAULT = /^(Invalid|Too (big|small)|Unrecognized)/;

const say = (locale: 'en' | 'ru' | 'kk') =>
  createTranslator({ locale, messages: { en, ru, kk }[locale] as typeof en, namespace: 'Admin.errors' }) as unknown as (key: string, values?: FieldError['values']) => string;

describe('the dashboard’s field errors', () => {
  it('come from every form’s schema as texts of Admin.errors, which read in Russian and Kazakh too', () => {
    const problems: string[] = [];
    let seen = 0;
    for (const [form, schema] of Object.entries(dashboardSchemas)) {
      const { errors, messages } = errorsOf(schema);
      if (errors.length === 0) problems.push(`${form}: no input was refused`);
      // A message written out in a schema would reach the organiser in that one language.
      for (const message of messages) if (!isFieldErrorKey(message) && !ZOD_DEFAULT.test(message)) problems.push(`${form}: "${message}" is no key`);
      for (const error of errors) {
        seen += 1;
        if (!isFieldErrorKey(error.key)) {
          problems.push(`${form}: ${error.key} is no text of Admin.errors`);
          continue;
        }
        for (const locale of ['ru', 'kk'] as const) {
          const text = say(locale)(error.key, error.values);
          if (!/[\u0400-\u04ff]/.test(text) || text.includes('{')) problems.push(`${form}: ${error.key} in ${locale} reads "${text}"`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(seen).toBeGreaterThan(100);
  });

  it('state the limit the schema checks, in the organiser’s language', () => {
    const result = identityForm.schema.safeParse({ slug: 'a'.repeat(81), birthYear: 'nineteen', photoConsent: 'public' });
    const errors = result.success ? {} : fieldErrors(result.error);
    expect(errors.slug).toEqual({ key: 'tooLong', values: { max: 80 } });
    expect(say('en')('tooLong', errors.slug!.values)).toBe('At most 80 characters.');
    expect(say('ru')('tooLong', errors.slug!.values)).toBe('Не больше 80 символов.');
    expect(say('kk')('tooLong', errors.slug!.values)).toBe('Ең көбі 80 таңба.');
    expect(say('ru')(errors.birthYear!.key)).toBe('Введите целое число.');
    const letter = actionSchema.safeParse({ slug: 'write', title: { en: 'T' }, ask: { en: 'A' }, letter: { en: 'Free him.' }, toEmbassy: 'on', mode: 'each', perHour: '0' });
    const letterErrors = letter.success ? {} : fieldErrors(letter.error);
    expect(say('ru')(letterErrors['letter.en']!.key, letterErrors['letter.en']!.values)).toMatch(/^Предлагаемое письмо .*\(50–5\s000 символов, без HTML\)\.$/);
    expect(say('en')(letterErrors.perHour!.key, letterErrors.perHour!.values)).toBe('At least 1.');
  });

  it('give a check without a message of its own a general text, never zod’s English', () => {
    const sources = Array.from({ length: 51 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const result = recordForms.charges.schema.safeParse({ code: { en: '176' }, label: { en: 'Inciting discord' }, sources });
    expect(result.success ? {} : fieldErrors(result.error)).toEqual({ sources: { key: 'tooMany', values: { max: 50 } } });
    const office = officeSchema.safeParse({ slug: 'office', name: { en: 'Office' }, sourceUrl: `https://example.org/${'a'.repeat(600)}` });
    expect(office.success ? {} : fieldErrors(office.error)).toEqual({ sourceUrl: { key: 'tooLong', values: { max: 500 } } });
  });
});
