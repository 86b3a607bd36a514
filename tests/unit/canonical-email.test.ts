import { describe, expect, it } from 'vitest';
import { canonicalEmail, emailDomain } from '@/lib/email-address/canonical';

describe('canonical email', () => {
  it('ignores case everywhere', () => {
    expect(canonicalEmail('Aigul.Serik@Example.KZ')).toBe('aigul.serik@example.kz');
  });

  it('strips dots and +tags for Gmail, and folds googlemail.com into gmail.com', () => {
    expect(canonicalEmail('a.i.g.u.l+petition@gmail.com')).toBe('aigul@gmail.com');
    expect(canonicalEmail('Aigul@GoogleMail.com')).toBe('aigul@gmail.com');
    expect(canonicalEmail('ai.gul+x+y@googlemail.com')).toBe('aigul@gmail.com');
  });

  it('strips +tags but keeps dots for providers that ignore only tags', () => {
    expect(canonicalEmail('nurbek.k+kz@outlook.com')).toBe('nurbek.k@outlook.com');
    expect(canonicalEmail('nurbek.k+x@mail.ru')).toBe('nurbek.k@mail.ru');
    expect(canonicalEmail('a.b+1@icloud.com')).toBe('a.b@icloud.com');
  });

  it('keeps dots and plus signs where the provider may treat them as different mailboxes', () => {
    expect(canonicalEmail('a.b+c@union.example.org')).toBe('a.b+c@union.example.org');
  });

  it('trims surrounding space', () => {
    expect(canonicalEmail('  x@y.org ')).toBe('x@y.org');
  });

  it('keeps an address whose whole local part is a tag', () => {
    expect(canonicalEmail('+tag@gmail.com')).toBe('+tag@gmail.com');
  });

  it('gives the domain in lower case', () => {
    expect(emailDomain('A@Mail.Example.ORG')).toBe('mail.example.org');
  });
});
