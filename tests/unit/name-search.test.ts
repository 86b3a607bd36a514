import { describe, expect, it } from 'vitest';
import { detectScript, nameKey, queryKeys } from '@/lib/cases/name-search';

describe('name search keys', () => {
  it('reduces every spelling of Kushakbayev to one key', () => {
    const keys = ['Кушакбаев', 'Қушақбаев', 'Kushakbayev', 'Kushakbaev', 'Qushaqbaev', 'KUSHAKBAYEV'].map(nameKey);
    expect(new Set(keys)).toEqual(new Set(['kushakbaev']));
  });

  it('folds Ye-/E- and Kazakh letters', () => {
    expect(nameKey('Amin Yeleusinov')).toBe(nameKey('Амин Елеусинов'));
    expect(nameKey('Eleusinov')).toBe(nameKey('Yeleusinov'));
    expect(nameKey('Елшібаев')).toBe(nameKey('Elshibayev'));
  });

  it('keeps words apart so the order of names does not matter to a query', () => {
    expect(nameKey('Nurbek Kushakbayev')).toBe('nurbek kushakbaev');
    expect(queryKeys('kushakbaev nurbek')).toEqual(['kushakbaev', 'nurbek']);
  });

  it('drops everything that is not a letter, so SQL and HTML are inert', () => {
    expect(queryKeys("'; drop table cases; --")).toEqual(['drop', 'table', 'cases']);
    expect(queryKeys('<script>alert(1)</script>')).toEqual(['script', 'alert']);
    expect(queryKeys('%_\\')).toEqual([]);
  });

  it('cuts a query of 10,000 characters to a few short keys', () => {
    const keys = queryKeys(Array.from({ length: 2000 }, (_, i) => `w${i}ord`).join(' '));
    expect(keys.length).toBeLessThanOrEqual(6);
  });

  it('tells Cyrillic from Latin spellings', () => {
    expect(detectScript('Арон Атабек')).toBe('cyrillic');
    expect(detectScript('Aron Atabek')).toBe('latin');
  });
});
