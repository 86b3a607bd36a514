import { describe, expect, it } from 'vitest';
import { signatureLine } from '@/emails/letter-signature';
import { emailTranslator } from '@/emails/i18n';
import { LETTER_MAX, letterBody, parseLetterInput } from '@/lib/letters/forms';

const LETTER = 'Dear Sir or Madam,\n\nI ask you to release Erzhan Elshibayev without delay.';
const key = (text: unknown) => {
  const result = letterBody.safeParse(text);
  return result.success ? null : result.error.issues[0]!.message;
};

describe('the letter text rule (browser and server)', () => {
  it('accepts a letter in words, links among them, and keeps its paragraphs', () => {
    expect(key(`${LETTER} See https://example.org/report for the UN opinion.`)).toBeNull();
    expect(letterBody.parse(`  ${LETTER}\r\n\r\n\r\n\r\nYours  `)).toBe(`${LETTER}\n\nYours`);
  });

  it('refuses empty, short, long, markup, links only and control characters', () => {
    expect(key('')).toBe('required');
    expect(key('   ')).toBe('required');
    expect(key('Free him.')).toBe('tooShort');
    expect(key('a'.repeat(LETTER_MAX + 1))).toBe('tooLong');
    expect(key(`${LETTER} <a href="x">here</a>`)).toBe('html');
    expect(key(`${LETTER} &lt;b&gt;`)).toBe('html');
    expect(key('https://a.example/1 https://a.example/2 https://a.example/3 www.b.example/x')).toBe('allLinks');
    expect(key(`${LETTER}\u0000`)).toBe('controlCharacters');
    expect(key(`${LETTER}\u202e`)).toBe('controlCharacters');
    expect(key(12)).toBe('required');
  });

  it('defaults to signing with the first name, and refuses a forged signature choice', () => {
    const base = { name: 'Anna Schmidt', email: 'anna@example.org', country: 'de', body: LETTER, targets: 'embassy' };
    const parsed = parseLetterInput(base);
    expect(parsed.ok && parsed.input).toMatchObject({ signAs: 'first_name', replyTo: false, country: 'DE', targets: ['embassy'] });
    const forged = parseLetterInput({ ...base, signAs: 'everything' });
    expect(!forged.ok && forged.errors.signAs).toEqual(['unknownSignature']);
  });
});

describe('what the recipient reads as the signature', () => {
  it('is the first name and country by default, more only when chosen, and the country alone without a name', () => {
    const en = emailTranslator('en');
    expect(signatureLine(en, { signerName: 'Anna', signerCity: null, signerCountry: 'Germany' })).toBe('Anna, Germany');
    expect(signatureLine(en, { signerName: 'Anna Schmidt', signerCity: 'Berlin', signerCountry: 'Germany' })).toBe('Anna Schmidt, Berlin, Germany');
    expect(signatureLine(en, { signerName: null, signerCity: null, signerCountry: 'Germany' })).toBe('A supporter in Germany');
    expect(signatureLine(emailTranslator('ru'), { signerName: null, signerCity: null, signerCountry: 'Германия' })).toBe('Сторонник из страны: Германия');
  });
});
