import 'server-only';
import { sql } from 'drizzle-orm';
import { Resend } from 'resend';
import type { Database } from '@/db/client';
import { mailMailbox, type MailAttachment } from '@/db/schema';

export type OutgoingMail = {
  id: string;
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  attachments?: MailAttachment[];
};

export type SendResult =
  /** The provider took the request; `failures` are messages it refused one by one. */
  | { kind: 'accepted'; providerIds: Map<string, string>; failures: Map<string, string>; pauseMs?: number }
  /** Worth trying again: network error, timeout, 429, 5xx. `waitMs` is what the provider asked for. */
  | { kind: 'retry'; error: string; waitMs?: number; rateLimited: boolean }
  /** Refused for good (a 4xx other than 429): retrying would only be refused again. */
  | { kind: 'refused'; error: string };

export type Transport = {
  name: 'resend' | 'mailbox';
  /** Whether requests count against a provider's rate limit. */
  limited: boolean;
  send(mail: OutgoingMail[], options: { idempotencyKey: string; timeoutMs: number }): Promise<SendResult>;
};

/** Seconds or an HTTP date, as `retry-after` may be written; milliseconds from now. */
export function parseRetryAfter(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** How long the provider asked us to wait, from `retry-after` or the `ratelimit-*` headers. */
export function requestedWait(headers: Record<string, string> | null): number | undefined {
  if (!headers) return undefined;
  const retryAfter = parseRetryAfter(headers['retry-after']);
  if (retryAfter !== undefined) return retryAfter;
  if (headers['ratelimit-remaining'] === '0') return parseRetryAfter(headers['ratelimit-reset']);
  return undefined;
}

type ResendError = { name?: string; message?: string; statusCode?: number | null };

/** Resend through its official SDK; RESEND_BASE_URL (read by the SDK) points it elsewhere in tests. */
export function resendTransport(apiKey: string, baseUrl?: string): Transport {
  const resend = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
  return {
    name: 'resend',
    limited: true,
    async send(mail, { idempotencyKey, timeoutMs }) {
      const payload = mail.map((m) => ({
        from: m.from,
        to: m.to,
        subject: m.subject,
        html: m.html,
        text: m.text,
        headers: m.headers,
        // The SDK sends the bytes as base64; the text is UTF-8, as its content type says.
        ...(m.attachments?.length
          ? { attachments: m.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.content, 'utf8') })) }
          : {}),
      }));
      // Resend's batch call takes no attachments: only a one-message (transactional) batch may carry them.
      if (mail.length > 1 && mail.some((m) => m.attachments?.length)) return { kind: 'refused', error: 'attachments in a batch of several messages' };
      const signal = AbortSignal.timeout(timeoutMs);
      let ids: string[];
      const failures = new Map<string, string>();
      let response: { error: ResendError | null; headers: Record<string, string> | null };
      if (mail.length === 1) {
        const single = await resend.emails.send(payload[0]!, { idempotencyKey, signal });
        response = single;
        ids = single.data ? [single.data.id] : [];
      } else {
        const batch = await resend.batch.send(payload, { idempotencyKey, batchValidation: 'permissive', signal });
        response = batch;
        const refused = new Map((batch.data?.errors ?? []).map((e) => [e.index, e.message]));
        const accepted = [...(batch.data?.data ?? [])];
        ids = [];
        mail.forEach((m, index) => {
          const reason = refused.get(index);
          if (reason !== undefined) failures.set(m.id, `refused by the provider: ${reason}`);
          else ids.push(accepted.shift()?.id ?? '');
        });
      }
      const { error, headers } = response;
      if (!error) {
        const providerIds = new Map<string, string>();
        for (const m of mail) if (!failures.has(m.id)) providerIds.set(m.id, ids.shift() ?? '');
        const pauseMs = headers?.['ratelimit-remaining'] === '0' ? parseRetryAfter(headers['ratelimit-reset']) : undefined;
        return { kind: 'accepted', providerIds, failures, pauseMs };
      }
      const status = error.statusCode ?? null;
      const description = `${status ?? 'network'} ${error.name ?? 'error'}: ${error.message ?? ''}`.trim();
      if (status === null || status === 429 || status >= 500 || error.name === 'concurrent_idempotent_requests') {
        return { kind: 'retry', error: description, waitMs: requestedWait(headers), rateLimited: status === 429 };
      }
      return { kind: 'refused', error: description };
    },
  };
}

/**
 * The zero-config transport: "delivering" stores the message in Postgres, where /dev/mailbox shows
 * it. A message is stored at most once however often it is retried.
 */
export function mailboxTransport(database: Database): Transport {
  return {
    name: 'mailbox',
    limited: false,
    async send(mail) {
      await database
        .insert(mailMailbox)
        .values(
          mail.map((m) => ({ messageId: m.id, from: m.from, to: m.to, subject: m.subject, html: m.html, text: m.text, headers: m.headers, attachments: m.attachments ?? [] })),
        )
        .onConflictDoNothing({ target: mailMailbox.messageId });
      const rows = await database
        .select({ id: mailMailbox.id, messageId: mailMailbox.messageId })
        .from(mailMailbox)
        .where(sql`${mailMailbox.messageId} in ${mail.map((m) => m.id)}`);
      return { kind: 'accepted', providerIds: new Map(rows.map((r) => [r.messageId, `mailbox:${r.id}`])), failures: new Map() };
    },
  };
}

export function createTransport(database: Database, apiKey: string | undefined): Transport {
  return apiKey ? resendTransport(apiKey) : mailboxTransport(database);
}
