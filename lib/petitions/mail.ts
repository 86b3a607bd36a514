import type { PetitionRow, SignatureRow } from '@/db/schema';
import type { Tx } from '@/db/tx';
import type { Locale } from '@/lib/i18n/locales';
import { pickText } from '@/lib/i18n/localized';
import { enqueueMail, enqueueMails, type MailInput } from '@/lib/mail/enqueue';
import { appUrl } from '@/lib/site-url';
import { signatureToken } from './tokens';

export type SignatureMail = {
  signatureId: string;
  petitionSlug: string;
  petitionTitle: string;
  name: string;
  email: string;
  locale: Locale;
};

/** The signature mail's details, in the signer's language. */
export function mailFor(signature: Pick<SignatureRow, 'id' | 'name' | 'email' | 'locale'>, petition: Pick<PetitionRow, 'slug' | 'title'>): SignatureMail {
  const locale = signature.locale as Locale;
  return {
    signatureId: signature.id,
    petitionSlug: petition.slug,
    petitionTitle: pickText(petition.title, locale)!,
    name: signature.name,
    email: signature.email,
    locale,
  };
}

export function confirmLink(signatureId: string, locale: Locale): string {
  return `${appUrl()}/${locale}/confirm/${signatureToken('confirm', signatureId)}`;
}

export function withdrawLink(signatureId: string, locale: Locale): string {
  return `${appUrl()}/${locale}/withdraw/${signatureToken('withdraw', signatureId)}`;
}

// The one place signature mails leave from. Each is queued in the outbox inside the transaction
// that changes the signature, so a mail goes out exactly when the change is committed; the
// idempotency key makes a retried action queue it once.

function confirmSignatureMail(mail: SignatureMail, attempt: number): MailInput<'confirm-signature'> {
  return {
    template: 'confirm-signature',
    to: mail.email,
    locale: mail.locale,
    props: {
      name: mail.name,
      petition: mail.petitionTitle,
      confirmUrl: confirmLink(mail.signatureId, mail.locale),
      withdrawUrl: withdrawLink(mail.signatureId, mail.locale),
    },
    idempotencyKey: `confirm-signature:${mail.signatureId}:${attempt}`,
  };
}

/** Asks the signer to confirm. `attempt` is 0 for the first mail and counts the resends. */
export async function sendConfirmSignatureMail(tx: Tx, mail: SignatureMail, attempt: number): Promise<void> {
  await enqueueMail(tx, confirmSignatureMail(mail, attempt));
}

/** The first confirmation mails of signatures stored together, queued together. */
export async function sendFirstConfirmSignatureMails(tx: Tx, mails: SignatureMail[]): Promise<void> {
  await enqueueMails(tx, mails.map((mail) => confirmSignatureMail(mail, 0)));
}

/**
 * Thanks the signer once the signature counts, with the link to withdraw it; with `attempt`, tells
 * someone who signs again that their signature already counts.
 */
export async function sendSignatureConfirmedMail(tx: Tx, mail: SignatureMail, attempt?: number): Promise<void> {
  await enqueueMail(tx, {
    template: 'signature-confirmed',
    to: mail.email,
    locale: mail.locale,
    props: {
      petition: mail.petitionTitle,
      petitionUrl: `${appUrl()}/${mail.locale}/petitions/${mail.petitionSlug}`,
      withdrawUrl: withdrawLink(mail.signatureId, mail.locale),
      alreadySigned: attempt !== undefined,
    },
    idempotencyKey: attempt === undefined ? `signature-confirmed:${mail.signatureId}` : `signature-confirmed:${mail.signatureId}:${attempt}`,
  });
}
