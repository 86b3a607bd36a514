import { describe, expect, it } from 'vitest';
import { csvCell } from '@/lib/petitions/export';
import { parseSignInput } from '@/lib/petitions/forms';

const good = { name: 'Aigul Serikova', email: 'aigul@example.org', country: 'kz', locale: 'ru' };

describe('the sign form schema', () => {
  it('accepts a plain signature and normalises it', () => {
    const result = parseSignInput({ ...good, name: '  Aigul   Serikova ', publicName: 'on' });
    expect(result).toMatchObject({ ok: true, input: { name: 'Aigul Serikova', country: 'KZ', publicName: true, wantsUpdates: false, locale: 'ru' } });
  });

  it('accepts names in any script, with apostrophes and hyphens', () => {
    for (const name of ['Ержан Елшібаев', "Seán O'Brien-Ní Dhuibhir", 'Zoë Ĳsselmeer', '李小龍']) {
      expect(parseSignInput({ ...good, name }).ok, name).toBe(true);
    }
  });

  it.each([
    ['a name of 10,000 characters', { name: 'a'.repeat(10_000) }, 'name', 'tooLong'],
    ['a name of 101 characters', { name: 'a'.repeat(101) }, 'name', 'tooLong'],
    ['control characters', { name: 'Aigul\u0000Serik' }, 'name', 'controlCharacters'],
    ['HTML', { name: '<script>alert(1)</script>' }, 'name', 'nameCharacters'],
    ['SQL', { name: "x'; drop table signatures; --" }, 'name', 'nameCharacters'],
    ['a formula', { name: '=HYPERLINK("http://x")' }, 'name', 'nameCharacters'],
    ['a plus formula', { name: '+1+1' }, 'name', 'nameCharacters'],
    ['an empty name', { name: '   ' }, 'name', 'required'],
    ['an invalid email', { email: 'not-an-email' }, 'email', 'invalidEmail'],
    ['an unknown country', { country: 'XX' }, 'country', 'unknownCountry'],
    ['a formula as city', { city: '@SUM(A1)' }, 'city', 'cityCharacters'],
  ])('rejects %s with an error on its field', (_, change, field, key) => {
    const result = parseSignInput({ ...good, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field as 'name']).toContain(key);
  });

  it('reports missing fields as required, not as a crash', () => {
    const result = parseSignInput({});
    expect(result).toMatchObject({ ok: false, errors: { name: ['required'], email: ['required'], country: ['required'] } });
    expect(parseSignInput(null).ok).toBe(false);
    expect(parseSignInput('text').ok).toBe(false);
  });
});

describe('CSV cells', () => {
  it('neutralises formulas and quotes what needs quoting', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@x')).toBe("'@x");
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('Ержан')).toBe('Ержан');
    expect(csvCell(null)).toBe('');
  });
});

describe('countries', () => {
  it('knows the ISO 3166-1 codes and names them in the reader’s language', async () => {
    const { COUNTRY_CODES, countryName, countryOptions, isCountryCode } = await import('@/lib/countries');
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(isCountryCode('KZ')).toBe(true);
    expect(isCountryCode('XX')).toBe(false);
    expect(countryName('KZ', 'kk')).toBe('Қазақстан');
    expect(countryOptions('ru')[0]!.name.localeCompare(countryOptions('ru')[1]!.name, 'ru')).toBeLessThan(0);
  });
});
