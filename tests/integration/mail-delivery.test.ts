import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { templateNames } from '@/emails/index';
import { mailMailbox, mailMessages } from '@/db/schema';
import { enqueueBulk, enqueueMail } from '@/lib/mail/enqueue';
import { listOutbox, retryFailed } from '@/lib/mail/outbox';
import { sendPreviews } from '@/lib/mail/preview';
import { closeProducer } from '@/lib/mail/queue';
import { suppress } from '@/lib/mail/suppression';
import { mailboxTransport, resendTransport, type Transport } from '@/lib/mail/transport';
import { startMailWorker } from '@/lib/mail/worker';
import { startResendServer, type ResendTestServer } from '../support/resend-server';
import { until, uniqueEmail } from '../support/builders';
import { useTestDatabase } from '../support/database';

const database = useTestDatabase();
const running: Array<() => Promise<void>> = [];

afterEach(async () => {
  while (running.length) await running.pop()!();
  // Jobs a test left behind must not be delivered to the next test's server.
  await db().execute(sql`delete from pgboss.job where name = 'mail-delivery'`);
});
afterAll(closeProducer);

async function server(options: Parameters<typeof startResendServer>[0] = {}): Promise<ResendTestServer> {
  const s = await startResendServer(options);
  running.push(() => s.close());
  return s;
}

/** A worker tuned for tests: short timeouts and backoffs instead of minutes. */
async function worker(transport: Transport, options: { ratePerSecond?: number } = {}) {
  const stop = await startMailWorker(database.url(), {
    transport,
    concurrency: 4,
    ratePerSecond: options.ratePerSecond ?? 50,
    jobTimeoutSeconds: 6,
    retryDelaySeconds: 1,
    retryLimit: 20,
    pollingIntervalSeconds: 0.5,
    backoffMs: 100,
    log: () => {},
  });
  running.unshift(stop);
  return stop;
}

const resendAt = (s: ResendTestServer) => resendTransport('re_test_key', s.url);

async function statuses(ids: string[]) {
  return db().select().from(mailMessages).where(inArray(mailMessages.id, ids));
}

async function allSettled(ids: string[], timeoutMs = 20_000) {
  await until(async () => (await statuses(ids)).every((m) => m.status !== 'queued'), timeoutMs, 'messages to settle');
  return statuses(ids);
}

const confirm = (to: string) =>
  ({ template: 'confirm-signature', to, locale: 'en', props: { petition: 'Free them', confirmUrl: 'http://localhost:3000/en/confirm?token=t' } }) as const;

const update = { caseName: 'Roza Tuletaeva', title: 'Appeal set', body: 'The hearing is on 14 March.', caseUrl: 'http://localhost:3000/en/cases/roza' };

async function bulk(recipients: string[], listId = 'case-updates.roza') {
  return db().transaction((tx) =>
    enqueueBulk(tx, { template: 'case-update', list: { id: listId, label: 'Roza Tuletaeva' }, props: update, recipients: recipients.map((to) => ({ to, locale: 'ru' as const })) }),
  );
}

async function bulkIds(recipients: string[]) {
  const rows = await db().select({ id: mailMessages.id }).from(mailMessages).where(inArray(mailMessages.to, recipients));
  return rows.map((r) => r.id);
}

describe('mail delivery', () => {
  it('sends a confirmation through the Resend SDK once, with an idempotency key, and records it', async () => {
    const resend = await server();
    await worker(resendAt(resend));
    const to = uniqueEmail();
    const { id, status } = await db().transaction((tx) => enqueueMail(tx, confirm(to)));
    expect(status).toBe('queued');
    const [message] = await allSettled([id]);
    expect(message).toMatchObject({ status: 'sent', attempts: 1, lastError: null, stream: 'transactional' });
    expect(resend.delivered).toHaveLength(1);
    expect(resend.delivered[0]).toMatchObject({ to, id: message!.providerId, subject: 'Confirm your signature: Free them' });
    expect(resend.delivered[0]!.idempotencyKey).toMatch(/^yntymaq-mail-/);
    expect(resend.delivered[0]!.text).toContain('http://localhost:3000/en/confirm?token=t');
  });

  it('queues nothing when the action that caused the mail rolls back, and a repeated key only once', async () => {
    const to = uniqueEmail();
    await expect(
      db().transaction(async (tx) => {
        await enqueueMail(tx, confirm(to));
        throw new Error('the signature could not be saved');
      }),
    ).rejects.toThrow('could not be saved');
    expect(await db().select().from(mailMessages).where(eq(mailMessages.to, to))).toHaveLength(0);
    const [{ n }] = (await db().execute(sql`select count(*)::int as n from pgboss.job where name = 'mail-delivery'`)) as unknown as [{ n: number }];
    expect(n).toBe(0);

    const first = await enqueueMail(db(), { ...confirm(to), idempotencyKey: `confirm:${to}` });
    const again = await enqueueMail(db(), { ...confirm(to), idempotencyKey: `confirm:${to}` });
    expect(again).toEqual({ id: first.id, status: 'queued', duplicate: true });
    // The repeat left neither an empty batch nor a second delivery job behind.
    const [{ empty }] = (await db().execute(
      sql`select count(*)::int as empty from mail_batches b where not exists (select 1 from mail_messages m where m.batch_id = b.id)`,
    )) as unknown as [{ empty: number }];
    expect(empty).toBe(0);
    const [{ jobs }] = (await db().execute(sql`select count(*)::int as jobs from pgboss.job where name = 'mail-delivery'`)) as unknown as [{ jobs: number }];
    expect(jobs).toBe(1);
  });

  it('sends bulk mail in batches of at most 100, from the bulk address, with one-click unsubscribe headers', async () => {
    const resend = await server();
    await worker(resendAt(resend));
    const recipients = Array.from({ length: 250 }, () => uniqueEmail('subscriber'));
    const result = await bulk(recipients);
    expect(result).toMatchObject({ queued: 250, batches: 3 });
    await allSettled(await bulkIds(recipients));
    const batchCalls = resend.requests.filter((r) => r.path === '/emails/batch');
    expect(batchCalls.map((r) => r.emails).sort()).toEqual([100, 100, 50]);
    expect(new Set(resend.delivered.map((d) => d.to))).toEqual(new Set(recipients));
    for (const d of resend.delivered) {
      expect(d.headers['List-Unsubscribe']).toMatch(/^<http:\/\/localhost:3000\/api\/unsubscribe\?token=[\w-]+\.[\w-]+>$/);
      expect(d.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
      expect(d.headers['List-Id']).toBe('<case-updates.roza.localhost>');
      expect(d.html).toContain(d.headers['List-Unsubscribe']!.slice(1, -1));
      expect(d.subject).toBe('Roza Tuletaeva: Appeal set');
    }
  });

  it('never hands an invalid address to the provider, at enqueue or at delivery', async () => {
    const resend = await server();
    const bad = await enqueueMail(db(), confirm('not an address'));
    expect(bad.status).toBe('failed');
    // An address that went bad after queueing (edited by hand, say) is caught by the worker too.
    const later = await enqueueMail(db(), confirm(uniqueEmail()));
    await db().update(mailMessages).set({ to: 'broken@' }).where(eq(mailMessages.id, later.id));
    const good = uniqueEmail();
    const result = await bulk([good, 'also-bad@@example.org']);
    expect(result).toMatchObject({ queued: 1, invalid: 1 });
    await worker(resendAt(resend));
    const settled = await allSettled([bad.id, later.id, ...(await bulkIds([good]))]);
    expect(settled.find((m) => m.id === later.id)).toMatchObject({ status: 'failed', lastError: 'invalid address', attempts: 0 });
    expect(resend.delivered.map((d) => d.to)).toEqual([good]);
  });

  it('marks a message the provider refuses for good as failed with the reason, and does not retry it', async () => {
    const resend = await server();
    const refused = uniqueEmail('refused');
    resend.refuse(refused);
    await worker(resendAt(resend));
    const single = await enqueueMail(db(), confirm(refused));
    const neighbours = [uniqueEmail(), uniqueEmail()];
    await bulk([neighbours[0]!, refused, neighbours[1]!], 'case-updates.refusal');
    const ids = [single.id, ...(await bulkIds([refused, ...neighbours]))];
    const settled = await allSettled(ids);
    const byTo = settled.filter((m) => m.to === refused);
    expect(byTo).toHaveLength(2);
    for (const m of byTo) {
      expect(m.status).toBe('failed');
      expect(m.lastError).toMatch(/cannot receive mail/);
      expect(m.attempts).toBe(1);
    }
    expect(settled.filter((m) => neighbours.includes(m.to)).every((m) => m.status === 'sent')).toBe(true);
    const requests = resend.requests.length;
    await new Promise((r) => setTimeout(r, 2500));
    expect(resend.requests.length).toBe(requests);

    // An organiser can send it again once the address works.
    const healed = await startResendServer();
    running.push(() => healed.close());
    while (running.length > 1) await running.shift()!();
    await worker(resendAt(healed));
    expect(await retryFailed(single.id)).toEqual({ ok: true });
    const [again] = await allSettled([single.id]);
    expect(again).toMatchObject({ status: 'sent' });
    expect(healed.delivered.map((d) => d.to)).toEqual([refused]);
    expect((await listOutbox({ status: 'failed' })).map((m) => m.id)).not.toContain(single.id);
  });

  it('keeps messages while the provider fails, and sends each exactly once when it is back', async () => {
    const resend = await server();
    resend.fail({ kind: 'error', status: 503 });
    await worker(resendAt(resend));
    const singles = await Promise.all(Array.from({ length: 10 }, () => enqueueMail(db(), confirm(uniqueEmail('waiting')))));
    const recipients = Array.from({ length: 150 }, () => uniqueEmail('waiting-bulk'));
    await bulk(recipients);
    const ids = [...singles.map((s) => s.id), ...(await bulkIds(recipients))];
    await new Promise((r) => setTimeout(r, 4000));
    const waiting = await statuses(ids);
    expect(waiting.every((m) => m.status === 'queued')).toBe(true);
    expect(waiting.some((m) => m.attempts >= 2)).toBe(true);
    expect(waiting.filter((m) => m.attempts > 0).every((m) => /503/.test(m.lastError ?? ''))).toBe(true);
    expect(resend.delivered).toHaveLength(0);

    resend.heal();
    const settled = await allSettled(ids, 30_000);
    expect(settled.every((m) => m.status === 'sent')).toBe(true);
    expect([...resend.countByRecipient().values()].every((n) => n === 1)).toBe(true);
    expect(resend.countByRecipient().size).toBe(160);
  });

  it('survives a provider that hangs or drops the connection after accepting, without sending twice', async () => {
    const resend = await server();
    await worker(resendAt(resend));
    resend.fail({ kind: 'hang' });
    const hung = await enqueueMail(db(), confirm(uniqueEmail('hung')));
    await until(() => resend.requests.some((r) => r.status === 'hung'), 5000, 'a hung request');
    await new Promise((r) => setTimeout(r, 2000));
    expect((await statuses([hung.id]))[0]).toMatchObject({ status: 'queued' });
    expect((await statuses([hung.id]))[0]!.lastError).toMatch(/network|abort|fetch/i);

    // The provider takes the message but the answer never arrives: the retry must not send it again.
    resend.heal();
    resend.fail({ kind: 'drop', afterAccept: true }, 2);
    const dropped = await enqueueMail(db(), confirm(uniqueEmail('dropped')));
    const recipients = Array.from({ length: 30 }, () => uniqueEmail('dropped-bulk'));
    await bulk(recipients);
    const settled = await allSettled([hung.id, dropped.id, ...(await bulkIds(recipients))], 30_000);
    expect(settled.every((m) => m.status === 'sent')).toBe(true);
    expect(resend.requests.filter((r) => r.status === 'dropped')).toHaveLength(2);
    expect([...resend.countByRecipient().values()].every((n) => n === 1)).toBe(true);
    expect(resend.countByRecipient().size).toBe(32);
  });

  it('waits as long as a 429 asks before trying again', async () => {
    const resend = await server();
    resend.fail({ kind: 'rate-limit-storm', retryAfterSeconds: 2 }, 1);
    await worker(resendAt(resend));
    const { id } = await enqueueMail(db(), confirm(uniqueEmail('limited')));
    const [message] = await allSettled([id]);
    expect(message).toMatchObject({ status: 'sent', attempts: 2 });
    const [first, second] = resend.requests;
    expect(first!.status).toBe(429);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(1950);
  });

  it('keeps under a real rate limit: 429s are waited out and nothing is sent twice', async () => {
    // Two requests a second: even a worker slowed by a busy machine goes over it, and meets real 429s.
    const resend = await server({ rateLimit: 2 });
    await worker(resendAt(resend), { ratePerSecond: 40 });
    const sent = await Promise.all(Array.from({ length: 16 }, () => enqueueMail(db(), confirm(uniqueEmail('burst')))));
    const settled = await allSettled(sent.map((s) => s.id), 45_000);
    expect(settled.every((m) => m.status === 'sent')).toBe(true);
    expect(resend.requests.some((r) => r.status === 429)).toBe(true);
    expect([...resend.countByRecipient().values()].every((n) => n === 1)).toBe(true);
  }, 60_000);

  it('never writes to a suppressed address, whichever way the mail was queued', async () => {
    const resend = await server();
    const bounced = uniqueEmail('bounced');
    const leftList = uniqueEmail('left');
    await suppress({ email: bounced.toUpperCase(), reason: 'bounce' });
    await suppress({ email: leftList, reason: 'unsubscribe', listId: 'case-updates.roza' });
    const transactional = await enqueueMail(db(), confirm(bounced));
    expect(transactional.status).toBe('suppressed');
    const viaList = await enqueueMail(db(), { template: 'case-update', to: bounced, locale: 'kk', props: update, list: { id: 'case-updates.other', label: 'Other' } });
    expect(viaList.status).toBe('suppressed');
    expect(await bulk([bounced, leftList])).toMatchObject({ queued: 0, suppressed: 2 });
    // Leaving one list stops that list only.
    const otherList = await bulk([leftList], 'case-updates.other');
    const stillTransactional = await enqueueMail(db(), confirm(leftList));
    // Suppressed after queueing, before delivery: the worker checks again.
    const late = uniqueEmail('late');
    const lateMessage = await enqueueMail(db(), confirm(late));
    await suppress({ email: late, reason: 'complaint' });

    await worker(resendAt(resend));
    const ids = [transactional.id, viaList.id, stillTransactional.id, lateMessage.id, ...(await bulkIds([bounced, leftList]))];
    const settled = await allSettled(ids);
    expect(otherList.queued).toBe(1);
    expect(settled.find((m) => m.id === lateMessage.id)?.status).toBe('suppressed');
    expect(resend.delivered.map((d) => d.to).sort()).toEqual([leftList, leftList].sort());
    expect(resend.delivered.some((d) => d.to === bounced || d.to === late)).toBe(false);
  });

  it('delivers to the local mailbox once, however often a batch is retried', async () => {
    const transport = mailboxTransport(db());
    await worker(transport);
    const to = uniqueEmail('local');
    const { id } = await enqueueMail(db(), confirm(to));
    const [message] = await allSettled([id]);
    expect(message!.providerId).toMatch(/^mailbox:/);
    // The same batch delivered again (a retried job): still one message in the mailbox.
    const again = await transport.send(
      [{ id, from: message!.from, to, subject: message!.subject!, html: message!.html!, text: message!.text!, headers: {} }],
      { idempotencyKey: 'k', timeoutMs: 1000 },
    );
    expect(again.kind).toBe('accepted');
    const stored = await db().select().from(mailMailbox).where(eq(mailMailbox.messageId, id));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ to, subject: 'Confirm your signature: Free them' });
  });

  it('renders every template in the worker, so the local mailbox shows them all in three languages', async () => {
    await worker(mailboxTransport(db()));
    const to = uniqueEmail('previews');
    const count = await sendPreviews(db(), to);
    expect(count).toBe(templateNames.length * 3);
    await until(async () => (await db().select().from(mailMailbox).where(eq(mailMailbox.to, to))).length === count, 20_000, 'previews in the mailbox');
    const received = await db().select().from(mailMailbox).where(eq(mailMailbox.to, to));
    for (const locale of ['en', 'ru', 'kk']) {
      expect(received.filter((m) => m.html.includes(`lang="${locale}"`))).toHaveLength(templateNames.length);
    }
    const update = received.find((m) => m.subject.startsWith('Erzhan Elshibayev:') && m.html.includes('lang="en"'))!;
    // The personal one-click link is in the body and in the header, and it is the same link.
    const link = update.headers['List-Unsubscribe']!.slice(1, -1);
    expect(update.html).toContain(link);
    expect(update.text).toContain(link);
  });
});
