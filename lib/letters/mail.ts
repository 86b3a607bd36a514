import type { LetterRow, LetterSignature } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import { enqueueMail } from '@/lib/mail/enqueue';
import { countryName } from '@/lib/countries';
import type { Tx } from '@/db/tx';
import { appUrl } from '@/lib/site-url';
import { letterToken } from './tokens';

// The mails of protest letters, each queued in the outbox inside the transaction that changes the
// letter or its delivery, so a mail goes out exactly when the change is committed.

export function confirmLetterLink(letterId: string, locale: Locale): string {
  return `${appUrl()}/${locale}/letters/confirm/${letterToken(letterId)}`;
}

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** What the target learns of the writer: a name (first, or full), a city with the full name, the country. */
export function signer(letter: Pick<LetterRow, 'name' | 'city' | 'country'> & { signAs: LetterSignature }, locale: Locale) {
  return {
    signerName: letter.signAs === 'anonymous' ? null : letter.signAs === 'full_name' ? letter.name : firstName(letter.name),
    signerCity: letter.signAs === 'full_name' ? letter.city : null,
    signerCountry: countryName(letter.country, locale),
  };
}

export async function sendConfirmLetterMail(
  tx: Tx,
  letter: Pick<LetterRow, 'id' | 'name' | 'email' | 'city' | 'country' | 'body' | 'signAs' | 'replyTo'> & { locale: Locale },
  action: string,
  targets: string[],
): Promise<void> {
  await enqueueMail(tx, {
    template: 'confirm-letter',
    to: letter.email,
    locale: letter.locale,
    props: {
      name: firstName(letter.name),
      action,
      body: letter.body,
      targets,
      ...signer(letter, letter.locale),
      replyTo: letter.replyTo,
      confirmUrl: confirmLetterLink(letter.id, letter.locale),
    },
    idempotencyKey: `confirm-letter:${letter.id}`,
  });
}

/** The letter itself, to one target, from the platform's address; Reply-To the writer only if they asked. */
export async function sendLetterToTarget(
  tx: Tx,
  input: { deliveryId: string; to: string; target: string; action: string; letter: LetterRow & { locale: Locale } },
) {
  const { letter } = input;
  return enqueueMail(tx, {
    template: 'protest-letter',
    to: input.to,
    locale: letter.locale,
    replyTo: letter.replyTo ? letter.email : undefined,
    props: { action: input.action, target: input.target, body: letter.body, ...signer(letter, letter.locale), replyTo: letter.replyTo },
    idempotencyKey: `protest-letter:${input.deliveryId}`,
  });
}

export type DigestLetter = { signerName: string | null; signerCity: string | null; signerCountry: string; body: string; writtenOn: string };

/** One mail to one target listing the day's letters of an action, their full texts attached as one file. */
export async function sendLetterDigest(
  tx: Tx,
  input: { digestId: string; to: string; target: string; action: string; locale: Locale; date: string; letters: DigestLetter[] },
) {
  return enqueueMail(tx, {
    template: 'letter-digest',
    to: input.to,
    locale: input.locale,
    props: { action: input.action, target: input.target, date: input.date, letters: input.letters },
    idempotencyKey: `letter-digest:${input.digestId}`,
  });
}
