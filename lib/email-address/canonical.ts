// One signature per person per petition: addresses that reach the same mailbox must compare equal.

/** Providers that ignore dots in the local part and everything after a plus. */
const DOTS_AND_TAGS = new Set(['gmail.com', 'googlemail.com']);

/** Providers that deliver `name+anything@` to `name@` but treat dots as significant. */
const TAGS = new Set([
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'fastmail.com',
  'fastmail.fm',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'yandex.ru',
  'yandex.com',
  'ya.ru',
  'mail.ru',
]);

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).trim().toLowerCase();
}

/**
 * The address a mailbox is known by: lower-case; for Gmail without dots or +tag (and googlemail.com
 * folded into gmail.com); for providers that ignore +tags, without the tag.
 */
export function canonicalEmail(email: string): string {
  const trimmed = email.trim().toLowerCase();
  const at = trimmed.lastIndexOf('@');
  if (at < 1) return trimmed;
  let local = trimmed.slice(0, at);
  let domain = trimmed.slice(at + 1);
  if (DOTS_AND_TAGS.has(domain)) {
    local = local.split('+')[0]!.replaceAll('.', '');
    domain = 'gmail.com';
  } else if (TAGS.has(domain)) {
    local = local.split('+')[0]!;
  }
  return `${local || trimmed.slice(0, at)}@${domain}`;
}
