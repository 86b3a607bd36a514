import type { Database } from '@/db/client';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';
import { signatureToken } from './tokens';

export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

export type SignatureMail = {
  signatureId: string;
  petitionSlug: string;
  petitionTitle: string;
  name: string;
  email: string;
  locale: Locale;
};

export function appUrl(): string {
  const config = env();
  return (config.APP_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, '');
}

export function confirmLink(signatureId: string, locale: Locale): string {
  return `${appUrl()}/${locale}/confirm/${signatureToken('confirm', signatureId)}`;
}

export function withdrawLink(signatureId: string, locale: Locale): string {
  return `${appUrl()}/${locale}/withdraw/${signatureToken('withdraw', signatureId)}`;
}

/**
 * The one place signature mails leave from: queued in the transaction that stores the signature,
 * so a mail goes out exactly when the signature exists.
 */
export async function sendConfirmSignatureMail(tx: Tx, mail: SignatureMail, attempt: number): Promise<void> {
  void tx;
  void mail;
  void attempt;
  // Wired to lib/mail's outbox when the mail pipeline lands (issue 3).
}

export async function sendSignatureConfirmedMail(tx: Tx, mail: SignatureMail): Promise<void> {
  void tx;
  void mail;
}
