import { env, isLocalUrl, type Env } from '@/lib/env';

/** Everything the mail pipeline reads from the environment, resolved once. */
export type MailSettings = {
  appUrl: string;
  fromTransactional: string;
  fromBulk: string;
  resendApiKey: string | undefined;
  ratePerSecond: number;
  concurrency: number;
  jobTimeoutSeconds: number;
  retryDelaySeconds: number;
  retryLimit: number;
};

export function mailSettings(config: Env = env()): MailSettings {
  return {
    appUrl: (config.APP_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, ''),
    fromTransactional: config.MAIL_FROM,
    fromBulk: config.MAIL_FROM_BULK ?? config.MAIL_FROM,
    resendApiKey: config.RESEND_API_KEY,
    ratePerSecond: config.MAIL_RATE_PER_SECOND,
    concurrency: config.MAIL_CONCURRENCY,
    jobTimeoutSeconds: config.MAIL_JOB_TIMEOUT_SECONDS,
    retryDelaySeconds: config.MAIL_RETRY_DELAY_SECONDS,
    retryLimit: config.MAIL_RETRY_LIMIT,
  };
}

/**
 * The local mailbox is shown only while mail really goes to it, and only where nobody else can
 * read it: on a local APP_URL, or where an operator opted in with MAILBOX_ENABLED=true.
 */
export function mailboxEnabled(config: Env = env()): boolean {
  return !config.RESEND_API_KEY && (isLocalUrl(config.APP_URL) || config.MAILBOX_ENABLED);
}

/**
 * Whether this request may read the mailbox: it is enabled and the request's socket is this
 * machine's own (as scripts/server.ts marked it, never by a client's header). MAILBOX_ENABLED=true
 * (a staging demo, chosen by its operator) shows it to every visitor.
 */
export function mailboxOpenTo(loopback: boolean, config: Env = env()): boolean {
  return mailboxEnabled(config) && (loopback || config.MAILBOX_ENABLED);
}
