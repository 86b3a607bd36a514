import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
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
