import { setTimeout as sleep } from 'node:timers/promises';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { mailBatches, mailMessages, type MailMessageRow } from '@/db/schema';
import { isTemplateName } from '@/emails/index';
import type { Frame } from '@/emails/layout';
import { isLocale } from '@/lib/i18n/locales';
import { escapeMarkup } from '@/lib/security/escape-markup';
import { isDeliverableAddress, normalizeAddress } from './address';
import { PERSONAL_PROPS } from './enqueue';
import type { RateLimiter } from './rate-limit';
import type { Tx } from '@/db/tx';
import { renderMail, type RenderedMail } from './render';
import { suppressedAmong } from './suppression';
import type { OutgoingMail, Transport } from './transport';

export type DeliveryContext = {
  database: Database;
  transport: Transport;
  limiter: RateLimiter;
  /** Longest wait for one provider request. */
  requestTimeoutMs: number;
  /** How long one job keeps retrying in-process before it hands the batch back to the queue. */
  attemptBudgetMs: number;
  /** First in-process backoff when the provider gave no hint; doubles per attempt up to 30 s. */
  backoffMs: number;
  log: (line: string) => void;
  /** For the footer of transactional mail ("… something you did on localhost:3000"). */
  appUrl: string;
};

/** Thrown to let the queue retry the job later, with its own growing delay. */
export class RetryLater extends Error {}

export type DeliveryOutcome = { sent: number; failed: number; suppressed: number; attempts: number } | null;

/**
 * Delivers one batch. Called by the worker for a job; safe to call again for the same batch at any
 * time (after a crash, a timeout, a duplicate job): messages already sent are skipped, and a batch is
 * always resent with its own idempotency key and the same contents, so the provider sends it once.
 *
 * `finalAttempt`: the queue will not retry again, so a retryable failure marks the messages failed.
 */
export async function deliverBatch(ctx: DeliveryContext, batchId: string, { finalAttempt = false } = {}): Promise<DeliveryOutcome> {
  const started = Date.now();
  const deadline = started + ctx.attemptBudgetMs;
  const prepared = await prepareBatch(ctx.database, batchId, ctx.appUrl);
  if (!prepared) return null;
  const { batch, mail, suppressed, invalid } = prepared;
  if (mail.length === 0) {
    await ctx.database.update(mailBatches).set({ finishedAt: new Date() }).where(eq(mailBatches.id, batchId));
    ctx.log(`[mail] batch ${batchId} ${batch.stream}: nothing to send (suppressed ${suppressed}, invalid ${invalid})`);
    return { sent: 0, failed: invalid, suppressed, attempts: batch.attempts };
  }

  let attempt = 0;
  for (;;) {
    if (ctx.transport.limited && !(await ctx.limiter.take(deadline))) {
      return giveUpOrRetry(ctx, batchId, mail, 'waited too long for a free request slot', finalAttempt);
    }
    attempt += 1;
    await countAttempt(ctx.database, batchId);
    const result = await ctx.transport.send(mail, { idempotencyKey: batch.idempotencyKey, timeoutMs: ctx.requestTimeoutMs });

    if (result.kind === 'accepted') {
      if (result.pauseMs) ctx.limiter.pauseFor(result.pauseMs);
      await recordAccepted(ctx.database, batchId, result.providerIds, result.failures);
      const sent = result.providerIds.size;
      ctx.log(
        `[mail] batch ${batchId} ${batch.stream} via ${ctx.transport.name}: sent ${sent}, refused ${result.failures.size}, suppressed ${suppressed}, invalid ${invalid}, attempt ${batch.attempts + attempt}, ${Date.now() - started} ms`,
      );
      return { sent, failed: result.failures.size + invalid, suppressed, attempts: batch.attempts + attempt };
    }
    if (result.kind === 'refused') {
      await markFailed(ctx.database, batchId, result.error);
      ctx.log(`[mail] batch ${batchId} ${batch.stream} via ${ctx.transport.name}: refused (${result.error}), ${mail.length} messages failed`);
      return { sent: 0, failed: mail.length + invalid, suppressed, attempts: batch.attempts + attempt };
    }

    await recordError(ctx.database, batchId, result.error);
    const wait = result.waitMs ?? Math.min(30_000, ctx.backoffMs * 2 ** (attempt - 1)) * (0.75 + Math.random() / 2);
    // The provider's limit is for the whole account: every request of this process waits with this one.
    if (result.rateLimited) ctx.limiter.pauseFor(wait);
    if (Date.now() + wait > deadline) return giveUpOrRetry(ctx, batchId, mail, result.error, finalAttempt);
    ctx.log(`[mail] batch ${batchId}: ${result.error}; retrying in ${Math.round(wait)} ms`);
    await sleep(wait);
  }
}

async function giveUpOrRetry(ctx: DeliveryContext, batchId: string, mail: OutgoingMail[], error: string, finalAttempt: boolean): Promise<DeliveryOutcome> {
  if (!finalAttempt) {
    ctx.log(`[mail] batch ${batchId}: ${error}; handing back to the queue`);
    throw new RetryLater(error);
  }
  await markFailed(ctx.database, batchId, `gave up: ${error}`);
  ctx.log(`[mail] batch ${batchId}: gave up after the last retry (${error}), ${mail.length} messages failed`);
  return { sent: 0, failed: mail.length, suppressed: 0, attempts: 0 };
}

/**
 * Locks the batch and picks its messages still queued. Before the first request only, it drops the
 * addresses that are invalid or suppressed by now; after that the contents are frozen, because a
 * request with the same idempotency key but another body would be refused (and might have gone out).
 */
async function prepareBatch(database: Database, batchId: string, appUrl: string) {
  return database.transaction(async (tx) => {
    const [batch] = await tx.select().from(mailBatches).where(eq(mailBatches.id, batchId)).for('update');
    if (!batch) return null;
    let rows = await tx
      .select()
      .from(mailMessages)
      .where(and(eq(mailMessages.batchId, batchId), eq(mailMessages.status, 'queued')))
      .orderBy(asc(mailMessages.id));
    let suppressed = 0;
    let invalid = 0;
    if (batch.attempts === 0 && rows.length > 0) {
      const bad = rows.filter((r) => !isDeliverableAddress(r.to)).map((r) => r.id);
      if (bad.length) {
        await tx.update(mailMessages).set({ status: 'failed', lastError: 'invalid address', updatedAt: new Date() }).where(inArray(mailMessages.id, bad));
      }
      const blocked: string[] = [];
      for (const listId of new Set(rows.map((r) => r.listId))) {
        const group = rows.filter((r) => r.listId === listId && !bad.includes(r.id));
        const hit = await suppressedAmong(group.map((r) => r.to), listId, tx);
        blocked.push(...group.filter((r) => hit.has(normalizeAddress(r.to))).map((r) => r.id));
      }
      if (blocked.length) {
        await tx.update(mailMessages).set({ status: 'suppressed', updatedAt: new Date() }).where(inArray(mailMessages.id, blocked));
      }
      invalid = bad.length;
      suppressed = blocked.length;
      rows = rows.filter((r) => !bad.includes(r.id) && !blocked.includes(r.id));
    }
    const rendered = await renderMissing(tx, rows, appUrl);
    const stored = (r: MailMessageRow): RenderedMail => ({ subject: r.subject!, html: r.html!, text: r.text!, attachments: r.attachments ?? [] });
    const mail: OutgoingMail[] = rows.map((r) => ({ id: r.id, from: r.from, to: r.to, headers: r.headers, ...(rendered.get(r.id) ?? stored(r)) }));
    return { batch, mail, suppressed, invalid };
  });
}

const PLACEHOLDER = 'https://unsubscribe.invalid/yntymaq-unsubscribe-placeholder';
const personalPlaceholder = (key: string) => `https://personal.invalid/yntymaq-${encodeURIComponent(key)}`;


/**
 * A bulk message's props as rendered (each personal prop a placeholder, so every recipient of a
 * language shares one render) and the values that replace the placeholders afterwards.
 */
function splitPersonal(props: Record<string, unknown>): { shared: Record<string, unknown>; personal: Array<[placeholder: string, value: string]> } {
  const keys = props[PERSONAL_PROPS];
  if (!Array.isArray(keys)) return { shared: props, personal: [] };
  const shared: Record<string, unknown> = { ...props };
  delete shared[PERSONAL_PROPS];
  const personal: Array<[string, string]> = [];
  for (const key of keys) {
    if (typeof key !== 'string' || typeof props[key] !== 'string') continue;
    personal.push([personalPlaceholder(key), props[key]]);
    shared[key] = personalPlaceholder(key);
  }
  return { shared, personal };
}

/**
 * Renders the messages not rendered yet and stores the result, so every later attempt sends the
 * same bytes. Messages of one template, language and props (a bulk batch) are rendered once; the
 * personal unsubscribe link and personal props are put in afterwards.
 */
async function renderMissing(tx: Tx, rows: MailMessageRow[], appUrl: string): Promise<Map<string, RenderedMail>> {
  const result = new Map<string, RenderedMail>();
  const shared = new Map<string, RenderedMail>();
  const site = new URL(appUrl).host;
  for (const row of rows) {
    if (row.subject !== null && row.html !== null && row.text !== null) continue;
    if (!isTemplateName(row.template) || !isLocale(row.locale)) throw new Error(`message ${row.id}: unknown template ${row.template} or locale ${row.locale}`);
    const unsubscribe = /^<(.+)>$/.exec(row.headers['List-Unsubscribe'] ?? '')?.[1];
    const frame: Frame =
      row.stream === 'bulk' && unsubscribe
        ? { stream: 'bulk', site, listLabel: row.listLabel ?? row.listId ?? '', unsubscribeUrl: PLACEHOLDER }
        : { stream: 'transactional', site };
    const props = splitPersonal(row.props);
    const key = JSON.stringify([row.template, row.locale, props.shared, frame]);
    let mail = shared.get(key);
    if (!mail) {
      mail = await renderMail(row.template, props.shared as never, row.locale, frame);
      shared.set(key, mail);
    }
    const values: Array<[string, string]> = [...props.personal, ...(unsubscribe ? [[PLACEHOLDER, unsubscribe] as [string, string]] : [])];
    result.set(
      row.id,
      values.length === 0
        ? mail
        : {
            subject: values.reduce((s, [from, to]) => s.replaceAll(from, to), mail.subject),
            html: values.reduce((s, [from, to]) => s.replaceAll(from, escapeMarkup(to)), mail.html),
            text: values.reduce((s, [from, to]) => s.replaceAll(from, to), mail.text),
            attachments: mail.attachments.map((a) => ({ ...a, content: values.reduce((s, [from, to]) => s.replaceAll(from, to), a.content) })),
          },
    );
  }
  if (result.size > 0) {
    const values = [...result].map(([id, m]) => ({ id, ...m }));
    await tx.execute(sql`
      update mail_messages m set subject = v.subject, html = v.html, text = v.text, attachments = v.attachments, updated_at = now()
      from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as v(id uuid, subject text, html text, text text, attachments jsonb)
      where m.id = v.id`);
  }
  return result;
}

/** Counted before the request leaves, so a crash mid-request still freezes the batch. */
async function countAttempt(database: Database, batchId: string) {
  await database.transaction(async (tx) => {
    await tx.update(mailBatches).set({ attempts: sql`${mailBatches.attempts} + 1` }).where(eq(mailBatches.id, batchId));
    await tx
      .update(mailMessages)
      .set({ attempts: sql`${mailMessages.attempts} + 1`, updatedAt: new Date() })
      .where(and(eq(mailMessages.batchId, batchId), eq(mailMessages.status, 'queued')));
  });
}

async function recordAccepted(database: Database, batchId: string, providerIds: Map<string, string>, failures: Map<string, string>) {
  await database.transaction(async (tx) => {
    const sent = [...providerIds].map(([id, providerId]) => ({ id, provider_id: providerId }));
    if (sent.length) {
      await tx.execute(sql`
        update mail_messages m
        set status = 'sent', provider_id = v.provider_id, sent_at = now(), updated_at = now(), last_error = null
        from jsonb_to_recordset(${JSON.stringify(sent)}::jsonb) as v(id uuid, provider_id text)
        where m.id = v.id and m.status = 'queued'`);
    }
    const refused = [...failures].map(([id, error]) => ({ id, error }));
    if (refused.length) {
      await tx.execute(sql`
        update mail_messages m
        set status = 'failed', last_error = v.error, updated_at = now()
        from jsonb_to_recordset(${JSON.stringify(refused)}::jsonb) as v(id uuid, error text)
        where m.id = v.id and m.status = 'queued'`);
    }
    await tx.update(mailBatches).set({ finishedAt: new Date(), lastError: null }).where(eq(mailBatches.id, batchId));
  });
}

async function recordError(database: Database, batchId: string, error: string) {
  await database.transaction(async (tx) => {
    await tx.update(mailBatches).set({ lastError: error }).where(eq(mailBatches.id, batchId));
    await tx
      .update(mailMessages)
      .set({ lastError: error, updatedAt: new Date() })
      .where(and(eq(mailMessages.batchId, batchId), eq(mailMessages.status, 'queued')));
  });
}

async function markFailed(database: Database, batchId: string, error: string) {
  await database.transaction(async (tx) => {
    await tx.update(mailBatches).set({ lastError: error, finishedAt: new Date() }).where(eq(mailBatches.id, batchId));
    await tx
      .update(mailMessages)
      .set({ status: 'failed', lastError: error, updatedAt: new Date() })
      .where(and(eq(mailMessages.batchId, batchId), eq(mailMessages.status, 'queued')));
  });
}
