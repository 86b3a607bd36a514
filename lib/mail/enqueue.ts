import 'server-only';
import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { mailBatches, mailMessages, type MailStatus, type MailStream } from '@/db/schema';
import type { TemplateName, TemplateProps } from '@/emails/index';
import type { Locale } from '@/lib/i18n/locales';
import { isDeliverableAddress, normalizeAddress } from './address';
import { pgBossDb, runPrepared, type Executor, type Tx } from '@/db/tx';
import { MAIL_QUEUE, producerBoss, type MailJob } from './queue';
import { mailSettings, type MailSettings } from './settings';
import { suppressedAmong } from './suppression';
import { unsubscribeUrl } from './unsubscribe';

/** The most messages Resend takes in one batch call. */
export const BATCH_LIMIT = 100;

export type MailList = { id: string; label: string };

export type MailInput<N extends TemplateName> = {
  template: N;
  props: TemplateProps<N>;
  to: string;
  locale: Locale;
  /** Makes it bulk mail of this list: bulk From address, List-Unsubscribe headers and footer. */
  list?: MailList;
  /** The same key queues the message once, however often the action that causes it is repeated. */
  idempotencyKey?: string;
  /** Where answers go instead of the From address (a supporter's letter, when they asked for replies). */
  replyTo?: string;
};

/** The string props of a template: the only ones that may differ between recipients of one bulk mail. */
export type PersonalProps<N extends TemplateName> = {
  [K in keyof TemplateProps<N> as TemplateProps<N>[K] extends string | null | undefined ? K : never]?: string;
};

/**
 * Where a bulk message lists the names of its personal props. The worker renders a language once
 * with a placeholder in each and puts every recipient's own value in afterwards (lib/mail/deliver.ts).
 */
export const PERSONAL_PROPS = '$personal';

export type BulkInput<N extends TemplateName> = {
  template: N;
  list: { id: string; label: string | ((locale: Locale) => string) };
  /** The same for every recipient of a language. */
  props: TemplateProps<N> | ((locale: Locale) => TemplateProps<N>);
  /**
   * `personal`: props of this recipient alone, such as a signed link (the unsubscribe link is
   * always personal). They must be used verbatim in the mail, as a link or text, never transformed.
   */
  recipients: Array<{ to: string; locale: Locale; idempotencyKey?: string; personal?: PersonalProps<N> }>;
};

export type EnqueueResult = { id: string; status: MailStatus; duplicate: boolean };
export type BulkResult = { queued: number; suppressed: number; invalid: number; duplicates: number; batches: number };

type Prepared = {
  id: string;
  template: string;
  locale: Locale;
  to: string;
  from: string;
  props: Record<string, unknown>;
  headers: Record<string, string>;
  listId: string | null;
  listLabel: string | null;
  idempotencyKey: string | null;
};

function listHeaders(settings: MailSettings, listId: string, url: string): Record<string, string> {
  const host = new URL(settings.appUrl).hostname;
  return {
    'List-Unsubscribe': `<${url}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    'List-Id': `<${listId.replace(/[^A-Za-z0-9.-]/g, '-')}.${host}>`,
  };
}

function isTransaction(executor: Executor): executor is Tx {
  return typeof (executor as Partial<Tx>).rollback === 'function';
}

async function inTransaction<T>(executor: Executor, work: (tx: Tx) => Promise<T>): Promise<T> {
  return isTransaction(executor) ? work(executor) : executor.transaction(work);
}

function prepareMessage<N extends TemplateName>(input: MailInput<N>, settings: MailSettings): Prepared {
  const to = input.to.trim();
  const headers: Record<string, string> = input.list
    ? listHeaders(settings, input.list.id, unsubscribeUrl(settings.appUrl, { email: to, listId: input.list.id, locale: input.locale }))
    : {};
  if (input.replyTo) headers['Reply-To'] = input.replyTo.replace(/[\r\n]/g, '');
  return {
    id: randomUUID(),
    template: input.template,
    locale: input.locale,
    to,
    from: input.list ? settings.fromBulk : settings.fromTransactional,
    props: input.props as Record<string, unknown>,
    headers,
    listId: input.list?.id ?? null,
    listLabel: input.list?.label ?? null,
    idempotencyKey: input.idempotencyKey ?? null,
  };
}

/**
 * Puts one message in the outbox and its delivery job in the queue, both inside `executor`'s
 * transaction: if the caller's action rolls back, no mail goes out; if it commits, the mail will.
 *
 *   await db().transaction(async (tx) => {
 *     const signature = await createSignature(tx, …);
 *     await enqueueMail(tx, { template: 'confirm-signature', to, locale, props: { petition, confirmUrl } });
 *   });
 */
export async function enqueueMail<N extends TemplateName>(executor: Executor, input: MailInput<N>, settings = mailSettings()): Promise<EnqueueResult> {
  const [result] = await enqueueMails(executor, [input], settings);
  return result!;
}

/**
 * enqueueMail for several messages at once (each its own batch and job, as if queued one by one),
 * in two statements whatever their number: the signatures of one group commit queue their
 * confirmations together. Results are in the order of `inputs`; a repeated idempotency key is
 * answered with the message queued the first time.
 */
export async function enqueueMails<N extends TemplateName>(executor: Executor, inputs: MailInput<N>[], settings = mailSettings()): Promise<EnqueueResult[]> {
  if (inputs.length === 0) return [];
  const messages = inputs.map((input) => prepareMessage(input, settings));
  return inTransaction(executor, async (tx) => {
    const written = await writeEach(tx, messages, settings);
    const repeated = messages.filter((m) => !written.has(m.id));
    const existing = new Map<string, { id: string; status: MailStatus }>();
    if (repeated.length > 0) {
      // Only a repeated idempotency key writes nothing: answer with the message queued the first time.
      const rows = await tx
        .select({ id: mailMessages.id, status: mailMessages.status, key: mailMessages.idempotencyKey })
        .from(mailMessages)
        .where(inArray(mailMessages.idempotencyKey, repeated.map((m) => m.idempotencyKey!)));
      for (const row of rows) existing.set(row.key!, { id: row.id, status: row.status });
    }
    return messages.map((m) => {
      const status = written.get(m.id);
      if (status) return { id: m.id, status, duplicate: false };
      const first = m.idempotencyKey === null ? undefined : existing.get(m.idempotencyKey);
      if (!first) throw new Error('The outbox refused a message without an idempotency key conflict.');
      return { ...first, duplicate: true };
    });
  });
}

/**
 * Queues one message of a list to many recipients, in batches of up to 100 per provider call. The
 * worker renders each language once per batch; only the unsubscribe link and the `personal` props
 * differ between recipients.
 */
export async function enqueueBulk<N extends TemplateName>(executor: Executor, input: BulkInput<N>, settings = mailSettings()): Promise<BulkResult> {
  const byLocale = new Map<Locale, { props: Record<string, unknown>; label: string }>();
  const forLocale = (locale: Locale) => {
    let found = byLocale.get(locale);
    if (!found) {
      const props = typeof input.props === 'function' ? (input.props as (l: Locale) => TemplateProps<N>)(locale) : input.props;
      const label = typeof input.list.label === 'function' ? input.list.label(locale) : input.list.label;
      found = { props: props as Record<string, unknown>, label };
      byLocale.set(locale, found);
    }
    return found;
  };
  const messages: Prepared[] = input.recipients.map((recipient) => {
    const to = recipient.to.trim();
    const { props: shared, label } = forLocale(recipient.locale);
    const personal = Object.entries(recipient.personal ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
    const props = personal.length > 0 ? { ...shared, ...Object.fromEntries(personal), [PERSONAL_PROPS]: personal.map(([key]) => key) } : shared;
    return {
      id: randomUUID(),
      template: input.template,
      locale: recipient.locale,
      to,
      from: settings.fromBulk,
      props,
      headers: listHeaders(settings, input.list.id, unsubscribeUrl(settings.appUrl, { email: to, listId: input.list.id, locale: recipient.locale })),
      listId: input.list.id,
      listLabel: label,
      idempotencyKey: recipient.idempotencyKey ?? null,
    };
  });
  return inTransaction(executor, async (tx) => {
    const written = await writeOutbox(tx, 'bulk', messages, settings);
    const count = (status: MailStatus) => written.filter((w) => w.status === status).length;
    return {
      queued: count('queued'),
      suppressed: count('suppressed'),
      invalid: count('failed'),
      duplicates: messages.length - written.length,
      batches: Math.ceil(count('queued') / BATCH_LIMIT),
    };
  });
}

/**
 * writeOutbox for messages that each go alone (one batch each), in one prepared statement for any
 * number of them: the suppression look-up, the batches and the messages together (then the jobs).
 * Every signature queues one message, so this is on the busiest write path of the platform; the
 * rules are those of writeOutbox. The rows travel as arrays, so the statement's text is the same
 * for one message or sixty and is parsed and planned once per connection.
 */
async function writeEach(tx: Tx, messages: Prepared[], settings: MailSettings): Promise<Map<string, MailStatus>> {
  const column = <T>(pick: (m: Prepared) => T) => messages.map(pick);
  const batchIds = messages.map(() => randomUUID());
  const rows = await runPrepared<{ id: string; status: MailStatus; batch_id: string | null }>(
    tx,
    `
      with input as (
        select * from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::mail_stream[], $7::text[],
          $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::boolean[])
          with ordinality as m (id, batch_id, template, locale, "to", stream, "from", props, headers, list_id, list_label,
            idempotency_key, normalized, deliverable, n)
      ), judged as (
        select m.*, exists (
          select 1 from mail_suppressions s where s.email = m.normalized and (s.list_id is null or s.list_id = m.list_id)
        ) as suppressed
        from input m
      ), batch as (
        insert into mail_batches (id, stream, idempotency_key)
        select batch_id, stream, 'yntymaq-mail-' || batch_id from judged where deliverable and not suppressed
        returning id
      )
      insert into mail_messages
        (id, batch_id, template, locale, "to", stream, "from", props, headers, list_id, list_label, idempotency_key, status, last_error)
      select j.id, b.id, j.template, j.locale, j."to", j.stream, j."from", j.props::jsonb, j.headers::jsonb, j.list_id,
        j.list_label, j.idempotency_key,
        (case when not j.deliverable then 'failed' when j.suppressed then 'suppressed' else 'queued' end)::mail_status,
        case when not j.deliverable then 'invalid address' end
      from judged j left join batch b on b.id = j.batch_id
      order by j.n
      on conflict (idempotency_key) do nothing
      returning id, status, batch_id`,
    [
      column((m) => m.id),
      batchIds,
      column((m) => m.template),
      column((m) => m.locale),
      column((m) => m.to),
      column((m): MailStream => (m.listId ? 'bulk' : 'transactional')),
      column((m) => m.from),
      column((m) => JSON.stringify(m.props)),
      column((m) => JSON.stringify(m.headers)),
      column((m) => m.listId),
      column((m) => m.listLabel),
      column((m) => m.idempotencyKey),
      column((m) => normalizeAddress(m.to)),
      column((m) => isDeliverableAddress(m.to)),
    ],
  );
  const written = new Map(rows.map((r) => [r.id, r.status]));
  const used = rows.flatMap((r) => (r.batch_id ? [r.batch_id] : []));
  if (rows.length < messages.length) {
    // A repeated idempotency key: the batch made for its message has nothing to send.
    const unused = batchIds.filter((id) => !used.includes(id));
    await tx.delete(mailBatches).where(inArray(mailBatches.id, unused));
  }
  if (used.length > 0) await queueBatches(tx, used, settings);
  return written;
}

/**
 * Writes messages, their batches and one job per batch. Invalid and suppressed addresses are
 * recorded as failed or suppressed and get no job, so they never reach the provider.
 */
async function writeOutbox(tx: Tx, stream: MailStream, messages: Prepared[], settings: MailSettings): Promise<EnqueueResult[]> {
  const listIds = [...new Set(messages.map((m) => m.listId))];
  const suppressedByList = new Map<string | null, Set<string>>();
  for (const listId of listIds) {
    suppressedByList.set(listId, await suppressedAmong(messages.filter((m) => m.listId === listId).map((m) => m.to), listId, tx));
  }
  const statusOf = (m: Prepared): { status: MailStatus; lastError: string | null } => {
    if (!isDeliverableAddress(m.to)) return { status: 'failed', lastError: 'invalid address' };
    if (suppressedByList.get(m.listId)!.has(normalizeAddress(m.to))) return { status: 'suppressed', lastError: null };
    return { status: 'queued', lastError: null };
  };

  // Batches are cut here, once: a retry resends exactly the same batch under the same key.
  const size = stream === 'bulk' ? BATCH_LIMIT : 1;
  const rows = messages.map((m) => ({ ...m, stream, batchId: null as string | null, ...statusOf(m) }));
  const batchIds: string[] = [];
  let filled = size;
  for (const row of rows) {
    if (row.status !== 'queued') continue;
    if (filled === size) {
      batchIds.push(randomUUID());
      filled = 0;
    }
    row.batchId = batchIds[batchIds.length - 1]!;
    filled += 1;
  }
  for (let i = 0; i < batchIds.length; i += 1000) {
    await tx.insert(mailBatches).values(batchIds.slice(i, i + 1000).map((id) => ({ id, stream, idempotencyKey: `yntymaq-mail-${id}` })));
  }

  const written: EnqueueResult[] = [];
  const used = new Set<string>();
  for (let i = 0; i < rows.length; i += 1000) {
    const inserted = await tx
      .insert(mailMessages)
      .values(rows.slice(i, i + 1000))
      .onConflictDoNothing({ target: mailMessages.idempotencyKey })
      .returning({ id: mailMessages.id, status: mailMessages.status, batchId: mailMessages.batchId });
    for (const row of inserted) {
      written.push({ id: row.id, status: row.status, duplicate: false });
      if (row.batchId) used.add(row.batchId);
    }
  }
  // A batch whose every message was a repeat has nothing to send.
  const empty = batchIds.filter((id) => !used.has(id));
  if (empty.length > 0) await tx.delete(mailBatches).where(inArray(mailBatches.id, empty));
  if (used.size > 0) await queueBatches(tx, [...used], settings);
  return written;
}

/** One delivery job per batch, written in the caller's transaction. */
async function queueBatches(tx: Tx, batchIds: string[], settings: MailSettings): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is not set: mail cannot be queued.');
  const boss = await producerBoss(databaseUrl, settings);
  const jobs = batchIds.map((batchId) => ({ name: MAIL_QUEUE, data: { batchId } satisfies MailJob }));
  for (let i = 0; i < jobs.length; i += 1000) await boss.insert(jobs.slice(i, i + 1000), { db: pgBossDb(tx) });
}
