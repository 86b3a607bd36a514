import { randomBytes } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { Webhook } from 'svix';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as resendWebhook } from '@/app/api/webhooks/resend/route';
import { db } from '@/db/client';
import { auditLog, embassies, letterActions, letterDeliveries, letterDigests, letterOffices, letters, letterTargetPauses, mailMailbox, mailMessages } from '@/db/schema';
import { confirmLetter } from '@/lib/letters/confirm';
import { deliverDueLetters, sendDigests } from '@/lib/letters/deliver';
import { runLetterMaintenance } from '@/lib/letters/jobs';
import { createAction, exportLettersCsv, markDeliveredByHand, openAction, resumeTarget, closeAction } from '@/lib/letters/organise';
import { letterCounts } from '@/lib/letters/queries';
import { embassyKey, officeKey } from '@/lib/letters/targets';
import { letterToken } from '@/lib/letters/tokens';
import { writeLetter } from '@/lib/letters/write';
import { deliverBatch, type DeliveryContext } from '@/lib/mail/deliver';
import { attachmentResponse, findMailboxAttachment } from '@/lib/mail/mailbox';
import { RateLimiter } from '@/lib/mail/rate-limit';
import { suppress } from '@/lib/mail/suppression';
import { mailboxTransport, resendTransport, type Transport } from '@/lib/mail/transport';
import { closeProducer } from '@/lib/mail/queue';
import { addBlock } from '@/lib/petitions/blocks';
import type { Actor } from '@/lib/actor';
import { useTestDatabase } from '../support/database';
import { makeActor } from '../support/organisers';
import { startResendServer } from '../support/resend-server';

const WEBHOOK_SECRET = `whsec_${randomBytes(24).toString('base64')}`;
process.env.APP_SECRET = 'integration-test-secret-of-at-least-32-chars';
process.env.SIGN_LIMIT_PER_IP = '3';
process.env.SIGN_LIMIT_PER_DOMAIN = '4';
process.env.RESEND_WEBHOOK_SECRET = WEBHOOK_SECRET;

useTestDatabase({ seed: true });
afterAll(closeProducer);

const LETTER = 'Dear Sir or Madam,\n\nI ask you to release Erzhan Elshibayev: the UN found his detention arbitrary.';
const address = (who: string) => `${who}-${randomBytes(4).toString('hex')}@example.org`;

let actor: Actor;
let prosecutor: string;
let berlin: string;
beforeAll(async () => {
  actor = await makeActor('organiser');
  const [office] = await db().select().from(letterOffices).where(eq(letterOffices.slug, 'prosecutor-general'));
  // Seeded unchecked: an organiser enters and checks the address before anything goes there.
  await db().update(letterOffices).set({ email: 'prosecutor@gp.example.kz', checkedOn: '2026-12-01' }).where(eq(letterOffices.id, office!.id));
  prosecutor = office!.id;
  const [embassy] = await db().select().from(embassies).where(and(eq(embassies.city, 'Berlin'), eq(embassies.country, 'DE')));
  await db().update(embassies).set({ email: 'berlin@embassy.example.kz', emailSourceUrl: 'https://example.org/contacts' }).where(eq(embassies.id, embassy!.id));
  berlin = embassy!.id;
});

let counter = 0;
async function freshAction(extra: Record<string, unknown> = {}) {
  counter += 1;
  const created = await createAction(actor, {
    slug: `test-letters-${counter}-${randomBytes(3).toString('hex')}`,
    title: { en: 'Write for Erzhan' },
    ask: { en: 'Ask for his release.' },
    letter: { en: LETTER },
    offices: [prosecutor],
    toEmbassy: 'on',
    allowAnonymous: 'on',
    mode: 'each',
    perHour: '30',
    ...extra,
  });
  if (!created?.ok || !created.id) throw new Error(JSON.stringify(created));
  const opened = await openAction(actor, created.id);
  if (!opened.ok) throw new Error(opened.error.key);
  const [row] = await db().select().from(letterActions).where(eq(letterActions.id, created.id));
  return row!;
}

function form(email: string, extra: Record<string, unknown> = {}) {
  return { name: 'Anna Schmidt', email, country: 'DE', city: 'Berlin', body: LETTER, targets: ['embassy', prosecutor], locale: 'en', website: '', ...extra };
}

/** Writes and confirms one letter; returns the letter's id. */
async function writeAndConfirm(slug: string, email: string, extra: Record<string, unknown> = {}, ip = `203.0.113.${(counter * 7) % 250}`) {
  const outcome = await writeLetter(slug, form(email, extra), { ip });
  expect(outcome).toEqual({ ok: true });
  const [letter] = await db().select().from(letters).where(eq(letters.email, email)).orderBy(letters.createdAt);
  const all = await db().select().from(letters).where(eq(letters.email, email));
  const newest = all.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0] ?? letter!;
  const confirmed = await confirmLetter(letterToken(newest.id));
  expect(confirmed.status).toBe('confirmed');
  return newest.id;
}

const mailsTo = async (to: string, template = 'protest-letter') =>
  db().select().from(mailMessages).where(and(eq(mailMessages.to, to), eq(mailMessages.template, template)));

describe('writing a letter', () => {
  it('sends nothing to any target before the writer confirms, then one mail per target as their own letter', async () => {
    const action = await freshAction();
    const email = address('anna');
    await writeLetter(action.slug, form(email, { replyTo: 'on' }), { ip: '198.51.100.1' });
    const [confirmMail] = await db().select().from(mailMessages).where(and(eq(mailMessages.to, email), eq(mailMessages.template, 'confirm-letter')));
    expect(confirmMail!.props).toMatchObject({ name: 'Anna', signerName: 'Anna', signerCountry: 'Germany', body: LETTER });
    expect(await deliverDueLetters(db(), { actionId: action.id })).toEqual({ sent: 0, waiting: 0 });

    const [letter] = await db().select().from(letters).where(eq(letters.email, email));
    expect(letter!.targets.sort()).toEqual([embassyKey(berlin), officeKey(prosecutor)].sort());
    const confirmed = await confirmLetter(letterToken(letter!.id));
    expect(confirmed.status === 'confirmed' && confirmed.sending.length).toBe(2);
    expect((await deliverDueLetters(db(), { actionId: action.id })).sent).toBe(2);

    const [toProsecutor] = await db().select().from(mailMessages).where(and(eq(mailMessages.to, 'prosecutor@gp.example.kz'), eq(mailMessages.template, 'protest-letter')));
    expect(toProsecutor!.props).toMatchObject({ body: LETTER, signerName: 'Anna', signerCountry: 'Germany', target: 'The Prosecutor General of the Republic of Kazakhstan' });
    // The writer ticked "let them reply": Reply-To is their address, the From the platform's.
    expect(toProsecutor!.headers['Reply-To']).toBe(email);
    expect(toProsecutor!.from).not.toContain(email);
    expect((await mailsTo('berlin@embassy.example.kz')).some((m) => (m.props as { body: string }).body === LETTER)).toBe(true);
    const counts = await letterCounts(action.id);
    expect(counts.total).toBe(2);
  });

  it('keeps the writer’s address out of the mail unless they asked for replies, and signs as they chose', async () => {
    const action = await freshAction();
    await writeAndConfirm(action.slug, address('quiet'), { signAs: 'anonymous', targets: [prosecutor] });
    await deliverDueLetters(db(), { actionId: action.id });
    const [mail] = (await mailsTo('prosecutor@gp.example.kz')).filter((m) => m.props && (m.props as { action: string }).action === 'Write for Erzhan' && !(m.props as { signerName: string | null }).signerName);
    expect(mail!.headers['Reply-To']).toBeUndefined();
    expect(JSON.stringify(mail!.props)).not.toContain('Schmidt');
    expect(mail!.props).toMatchObject({ signerName: null, signerCountry: 'Germany' });
  });
});

describe('the one-letter rule', () => {
  it('sends one letter per person, action and target however often they write and confirm', async () => {
    const action = await freshAction();
    const email = address('twice');
    const first = await writeAndConfirm(action.slug, email, { targets: [prosecutor] });
    // The same person again (another spelling of the address), now to both targets.
    const second = await writeAndConfirm(action.slug, email.toUpperCase(), {});
    expect(first).not.toBe(second);
    // Following the link again (a mail scanner, then the person) changes nothing.
    const again = await confirmLetter(letterToken(second));
    expect(again.status === 'confirmed' && again.already.map((t) => t.key)).toEqual([officeKey(prosecutor)]);
    expect(again.status === 'confirmed' && again.sending.map((t) => t.key)).toEqual([embassyKey(berlin)]);
    await deliverDueLetters(db(), { actionId: action.id });
    await deliverDueLetters(db(), { actionId: action.id });
    const deliveries = await db().select().from(letterDeliveries).where(eq(letterDeliveries.actionId, action.id));
    expect(deliveries.map((d) => d.target).sort()).toEqual([embassyKey(berlin), officeKey(prosecutor)].sort());
    expect(deliveries.every((d) => d.status === 'sent')).toBe(true);
    expect((await letterCounts(action.id)).total).toBe(2);
  });

  it('refuses bad input with field errors and stores nothing', async () => {
    const action = await freshAction();
    const email = address('bad');
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ body: '' }, 'body', 'required'],
      [{ body: 'x'.repeat(5001) }, 'body', 'tooLong'],
      [{ body: 'Too short.' }, 'body', 'tooShort'],
      [{ body: `${'https://spam.example/a '.repeat(10)}` }, 'body', 'allLinks'],
      [{ body: `<p>${LETTER}</p>` }, 'body', 'html'],
      [{ body: `${LETTER}\u0000` }, 'body', 'controlCharacters'],
      [{ targets: ['00000000-0000-0000-0000-000000000000'] }, 'targets', 'unknownTarget'],
      [{ targets: [] }, 'targets', 'noTarget'],
      [{ country: 'XX' }, 'country', 'unknownCountry'],
      [{ country: 'JP', targets: ['embassy'] }, 'targets', 'noEmbassy'],
      [{ signAs: 'forged' }, 'signAs', 'unknownSignature'],
      [{ name: 'A'.repeat(5000) }, 'name', 'tooLong'],
      [{ body: 42 }, 'body', 'required'],
    ];
    for (const [extra, field, key] of cases) {
      const outcome = await writeLetter(action.slug, form(email, extra), { ip: null });
      expect(outcome.ok, JSON.stringify(extra).slice(0, 60)).toBe(false);
      if (!outcome.ok && outcome.error === 'invalid') expect((outcome.errors as Record<string, string[]>)[field]).toContain(key);
    }
    const strict = await freshAction({ allowAnonymous: '' });
    const anonymous = await writeLetter(strict.slug, form(email, { signAs: 'anonymous' }), { ip: null });
    expect(!anonymous.ok && anonymous.error === 'invalid' && anonymous.errors.signAs).toEqual(['anonymousNotAllowed']);
    expect(await writeLetter('no-such-action', form(email), { ip: null })).toEqual({ ok: false, error: 'not_found' });
    await closeAction(actor, strict.id);
    expect(await writeLetter(strict.slug, form(email), { ip: null })).toEqual({ ok: false, error: 'closed' });
    expect(await db().select().from(letters).where(eq(letters.canonicalEmail, email.toLowerCase()))).toEqual([]);
    expect(await db().select().from(mailMessages).where(eq(mailMessages.to, email))).toEqual([]);
    expect((await confirmLetter('not-a-token')).status).toBe('invalid');
  });
});

describe('pacing per target', () => {
  it('gives a target at most the action’s letters per hour and queues the rest for the next hour', async () => {
    const action = await freshAction({ perHour: '2', toEmbassy: '' });
    // Five writers from five domains and addresses: no abuse limit applies.
    for (let i = 0; i < 5; i += 1) await writeAndConfirm(action.slug, `paced${i}-${randomBytes(3).toString('hex')}@writers${i}.example`, { targets: [prosecutor] }, `192.0.2.${i + 1}`);
    const start = new Date();
    expect(await deliverDueLetters(db(), { actionId: action.id, now: start })).toEqual({ sent: 2, waiting: 3 });
    // A minute later the hour is still full: nothing more goes.
    expect(await deliverDueLetters(db(), { actionId: action.id, now: new Date(start.getTime() + 60_000) })).toEqual({ sent: 0, waiting: 3 });
    expect(await deliverDueLetters(db(), { actionId: action.id, now: new Date(start.getTime() + 3_601_000) })).toEqual({ sent: 2, waiting: 1 });
    expect(await deliverDueLetters(db(), { actionId: action.id, now: new Date(start.getTime() + 7_202_000) })).toEqual({ sent: 1, waiting: 0 });
    const sent = await db().select().from(letterDeliveries).where(and(eq(letterDeliveries.actionId, action.id), eq(letterDeliveries.status, 'sent')));
    expect(sent).toHaveLength(5);
    expect(new Set(sent.map((d) => d.mailMessageId)).size).toBe(5);
  });

  it('paces each target on its own: a full target does not hold back another', async () => {
    const action = await freshAction({ perHour: '1' });
    await writeAndConfirm(action.slug, address('p1'), {}, '192.0.2.101');
    await writeAndConfirm(action.slug, address('p2'), {}, '192.0.2.102');
    expect(await deliverDueLetters(db(), { actionId: action.id })).toEqual({ sent: 2, waiting: 2 });
  });

  it('holds letters for an office whose address nobody has checked', async () => {
    const [unchecked] = await db().select().from(letterOffices).where(eq(letterOffices.slug, 'president'));
    const action = await freshAction({ offices: [unchecked!.id], toEmbassy: '' });
    await writeAndConfirm(action.slug, address('early'), { targets: [unchecked!.id] }, '192.0.2.150');
    expect(await deliverDueLetters(db(), { actionId: action.id })).toEqual({ sent: 0, waiting: 1 });
  });
});

describe('bounces and complaints', () => {
  const signed = (event: unknown) => {
    const body = JSON.stringify(event);
    const id = `msg_${randomBytes(6).toString('hex')}`;
    const now = new Date();
    return new Request('http://localhost:3000/api/webhooks/resend', {
      method: 'POST',
      body,
      headers: { 'svix-id': id, 'svix-timestamp': String(Math.floor(now.getTime() / 1000)), 'svix-signature': new Webhook(WEBHOOK_SECRET).sign(id, now, body) },
    });
  };

  it('pauses a target whose address bounced until an organiser resumes it', async () => {
    const [office] = await db()
      .insert(letterOffices)
      .values({ slug: `bouncing-${randomBytes(3).toString('hex')}`, name: { en: 'A bouncing office' }, email: `office-${randomBytes(3).toString('hex')}@example.org`, sourceUrl: 'https://example.org', checkedOn: '2026-12-01' })
      .returning();
    const action = await freshAction({ offices: [office!.id], toEmbassy: '' });
    await writeAndConfirm(action.slug, address('b1'), { targets: [office!.id] }, '192.0.2.201');
    expect((await deliverDueLetters(db(), { actionId: action.id })).sent).toBe(1);

    const response = await resendWebhook(signed({ type: 'email.bounced', data: { email_id: 'e1', to: [office!.email] } }));
    expect(response.status).toBe(200);
    const [pause] = await db().select().from(letterTargetPauses).where(eq(letterTargetPauses.target, officeKey(office!.id)));
    expect(pause).toMatchObject({ reason: 'bounce' });

    await writeAndConfirm(action.slug, address('b2'), { targets: [office!.id] }, '192.0.2.202');
    expect(await deliverDueLetters(db(), { actionId: action.id })).toEqual({ sent: 0, waiting: 1 });

    expect(await resumeTarget(actor, officeKey(office!.id))).toEqual({ ok: true });
    expect(await deliverDueLetters(db(), { actionId: action.id })).toEqual({ sent: 1, waiting: 0 });
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.entity, 'letter_target_pauses'), eq(auditLog.entityId, officeKey(office!.id))));
    expect(entry!.actorEmail).toBe(actor.email);
  });

  it('pauses a target on the next run when its address is suppressed by a complaint', async () => {
    const [office] = await db()
      .insert(letterOffices)
      .values({ slug: `complaining-${randomBytes(3).toString('hex')}`, name: { en: 'A complaining office' }, email: `c-${randomBytes(3).toString('hex')}@example.org`, sourceUrl: 'https://example.org', checkedOn: '2026-12-01' })
      .returning();
    const action = await freshAction({ offices: [office!.id], toEmbassy: '' });
    await suppress({ email: office!.email!, reason: 'complaint' });
    await writeAndConfirm(action.slug, address('c1'), { targets: [office!.id] }, '192.0.2.210');
    expect(await deliverDueLetters(db(), { actionId: action.id })).toEqual({ sent: 0, waiting: 1 });
    const [pause] = await db().select().from(letterTargetPauses).where(eq(letterTargetPauses.target, officeKey(office!.id)));
    expect(pause).toMatchObject({ reason: 'complaint' });
  });
});

describe('the petitions’ abuse rules', () => {
  it('discards a filled honeypot, and holds letters over the hourly limit per IP hash and from blocked domains', async () => {
    const action = await freshAction({ toEmbassy: '' });
    const bot = address('bot');
    expect(await writeLetter(action.slug, form(bot, { website: 'http://spam.example', targets: [prosecutor] }), { ip: '198.51.100.50' })).toEqual({ ok: true });
    expect(await db().select().from(letters).where(eq(letters.email, bot))).toEqual([]);

    // SIGN_LIMIT_PER_IP is 3 here: the fourth letter from one address in an hour is held, never sent.
    for (let i = 0; i < 4; i += 1) await writeAndConfirm(action.slug, address(`ip${i}`), { targets: [prosecutor] }, '198.51.100.60');
    const mine = await db().select().from(letters).where(and(eq(letters.actionId, action.id)));
    expect(mine.filter((l) => l.flagged).map((l) => l.flagReason)).toEqual(['ip_rate']);
    await addBlock(actor, { kind: 'domain', value: 'throwaway.example' });
    const blocked = `x-${randomBytes(3).toString('hex')}@throwaway.example`;
    await writeLetter(action.slug, form(blocked, { targets: [prosecutor] }), { ip: '198.51.100.61' });
    const [blockedLetter] = await db().select().from(letters).where(eq(letters.email, blocked));
    expect(blockedLetter!.flagReason).toBe('blocked_domain');
    // Blocked sources get no mail; the confirmation link, if known, still sends nothing.
    expect(await db().select().from(mailMessages).where(eq(mailMessages.to, blocked))).toEqual([]);
    await confirmLetter(letterToken(blockedLetter!.id));

    await deliverDueLetters(db(), { actionId: action.id });
    const deliveries = await db().select().from(letterDeliveries).where(eq(letterDeliveries.actionId, action.id));
    expect(deliveries.filter((d) => d.status === 'sent')).toHaveLength(3);
    expect(deliveries.filter((d) => d.status === 'held')).toHaveLength(2);
    expect((await letterCounts(action.id)).total).toBe(3);
  });

  it('mails one address at most a few confirmations a day per action', async () => {
    const action = await freshAction({ toEmbassy: '' });
    const email = address('again');
    for (let i = 0; i < 5; i += 1) expect(await writeLetter(action.slug, form(email, { targets: [prosecutor] }), { ip: `198.51.100.${70 + i}` })).toEqual({ ok: true });
    expect(await db().select().from(mailMessages).where(and(eq(mailMessages.to, email), eq(mailMessages.template, 'confirm-letter')))).toHaveLength(3);
  });
});

describe('digests and the delivery record', () => {
  it('sends one mail a day per target with every waiting letter', async () => {
    const action = await freshAction({ mode: 'digest' });
    const ids = [];
    for (let i = 0; i < 3; i += 1) ids.push(await writeAndConfirm(action.slug, address(`d${i}`), { body: `${LETTER} Number ${i}.` }, `192.0.2.${220 + i}`));
    expect((await deliverDueLetters(db(), { actionId: action.id })).sent).toBe(0);
    expect(await sendDigests(db(), { actionId: action.id })).toEqual({ digests: 2, letters: 6 });
    // Once a day: a second run the same day sends nothing more.
    await writeAndConfirm(action.slug, address('late'), {}, '192.0.2.230');
    expect(await sendDigests(db(), { actionId: action.id })).toEqual({ digests: 0, letters: 0 });
    const digests = await db()
      .select()
      .from(mailMessages)
      .where(and(eq(mailMessages.template, 'letter-digest'), inArray(mailMessages.to, ['prosecutor@gp.example.kz', 'berlin@embassy.example.kz'])));
    const ours = digests.filter((m) => (m.props as { letters: { body: string }[] }).letters.some((l) => l.body.endsWith('Number 0.')));
    expect(ours).toHaveLength(2);
    expect((ours[0]!.props as { letters: { body: string }[] }).letters.map((l) => l.body.slice(-9))).toEqual(['Number 0.', 'Number 1.', 'Number 2.']);
  });

  it('lists the letters in the body and attaches their full texts as one file, through Resend and in the local mailbox', async () => {
    const action = await freshAction({ mode: 'digest' });
    const words = ['Number one, in English.', 'Освободите Ержана Ельшибаева: номер два.'];
    await writeAndConfirm(action.slug, address('first'), { body: `${LETTER}\n\n${words[0]}` }, '192.0.2.201');
    await writeAndConfirm(action.slug, address('second'), { name: 'Mia Braun', signAs: 'full_name', body: `${LETTER}\n\n${words[1]}` }, '192.0.2.202');
    expect(await sendDigests(db(), { actionId: action.id })).toEqual({ digests: 2, letters: 4 });
    const digests = await db()
      .select({ target: letterDigests.target, mail: mailMessages })
      .from(letterDigests)
      .innerJoin(mailMessages, eq(mailMessages.id, letterDigests.mailMessageId))
      .where(eq(letterDigests.actionId, action.id));
    const toProsecutor = digests.find((d) => d.target === officeKey(prosecutor))!.mail;
    const toEmbassy = digests.find((d) => d.target === embassyKey(berlin))!.mail;
    const today = new Date().toISOString().slice(0, 10);

    const context = (transport: Transport): DeliveryContext => ({
      database: db(),
      transport,
      limiter: new RateLimiter(50),
      requestTimeoutMs: 5_000,
      attemptBudgetMs: 10_000,
      backoffMs: 50,
      log: () => {},
      appUrl: 'http://localhost:3000',
    });
    const resend = await startResendServer();
    try {
      expect(await deliverBatch(context(resendTransport('re_test_key', resend.url)), toProsecutor.batchId!)).toMatchObject({ sent: 1, failed: 0 });
      const [sent] = resend.delivered.filter((d) => d.to === 'prosecutor@gp.example.kz' && d.subject.startsWith('Write for Erzhan: 2 letters'));
      expect(sent).toBeDefined();
      // The body lists who wrote, numbered as in the file; the words themselves are in the file only.
      expect(sent!.text).toContain('1. Anna, Germany');
      expect(sent!.text).toContain('2. Mia Braun, Berlin, Germany');
      expect(sent!.text).toContain(`letters-${today}.txt`);
      for (const text of words) expect(sent!.html).not.toContain(text);
      expect(sent!.attachments).toHaveLength(1);
      const [file] = sent!.attachments;
      expect(file).toMatchObject({ filename: `letters-${today}.txt`, contentType: 'text/plain; charset=utf-8' });
      const content = file!.content.toString('utf8');
      expect(content.startsWith('\uFEFFWrite for Erzhan\r\n')).toBe(true);
      expect(content).toContain('Letter 1 of 2');
      expect(content).toContain('Letter 2 of 2');
      for (const text of words) expect(content).toContain(text);
      expect(content).toContain(LETTER.replace(/\n/g, '\r\n'));
      expect(content).not.toMatch(/[^\r]\n/);
    } finally {
      await resend.close();
    }
    // What was sent is kept with the message, so a retry sends the same file.
    const [kept] = await db().select().from(mailMessages).where(eq(mailMessages.id, toProsecutor.id));
    expect(kept!.attachments).toHaveLength(1);
    expect(kept!.attachments![0]!.content).toContain(words[1]);

    // Without a Resend key the local mailbox keeps the file, for a person to open.
    expect(await deliverBatch(context(mailboxTransport(db())), toEmbassy.batchId!)).toMatchObject({ sent: 1 });
    const [received] = await db().select().from(mailMailbox).where(eq(mailMailbox.messageId, toEmbassy.id));
    expect(received!.attachments.map((a) => a.filename)).toEqual([`letters-${today}.txt`]);
    const opened = await findMailboxAttachment(received!.id, '0');
    expect(opened!.content).toContain(words[0]);
    expect(await findMailboxAttachment(received!.id, '1')).toBeNull();
    expect(await findMailboxAttachment(received!.id, '../0')).toBeNull();
    const response = attachmentResponse(opened!);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain(`inline; filename="letters-${today}.txt"`);
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
    expect(await response.text()).toContain(words[1]);
  });

  it('never puts a file in a Resend batch call, which does not take them', async () => {
    const resend = await startResendServer();
    try {
      const file = { filename: 'letters.txt', contentType: 'text/plain; charset=utf-8', content: 'Dear Sir or Madam' };
      const mail = (to: string) => ({ id: randomBytes(8).toString('hex'), from: 'a@example.org', to, subject: 'S', html: '<p>x</p>', text: 'x', headers: {}, attachments: [file] });
      const outcome = await resendTransport('re_test_key', resend.url).send([mail('one@example.org'), mail('two@example.org')], { idempotencyKey: 'k-batch', timeoutMs: 5_000 });
      expect(outcome.kind).toBe('refused');
      expect(resend.requests).toHaveLength(0);
    } finally {
      await resend.close();
    }
  });

  it('exports what the targets see, never addresses, and records hand delivery in the audit log', async () => {
    const action = await freshAction({ mode: 'digest' });
    const email = address('csv');
    await writeAndConfirm(action.slug, email, { body: `=HYPERLINK("x") ${LETTER}` }, '192.0.2.240');
    const done = await markDeliveredByHand(actor, action.id, { target: embassyKey(berlin), deliveredOn: '2026-12-01', deliveryNote: 'Handed in at the picket' });
    expect(done).toMatchObject({ ok: true });
    const csv = await exportLettersCsv(actor, action.id);
    expect(csv).not.toContain(email);
    expect(csv).not.toContain('Schmidt');
    expect(csv).toContain("'=HYPERLINK");
    expect(csv).toContain('Handed in at the picket');
    const [delivered] = await db().select().from(letterDeliveries).where(and(eq(letterDeliveries.actionId, action.id), eq(letterDeliveries.target, embassyKey(berlin))));
    expect(delivered!.status).toBe('delivered');
    const entries = await db().select().from(auditLog).where(eq(auditLog.entityId, action.id));
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'update', 'export']));
  });
});

describe('maintenance', () => {
  it('expires letters never confirmed and forgets IP hashes after the abuse window', async () => {
    const action = await freshAction({ toEmbassy: '' });
    const email = address('late');
    await writeLetter(action.slug, form(email, { targets: [prosecutor] }), { ip: '198.51.100.99' });
    const [letter] = await db().select().from(letters).where(eq(letters.email, email));
    expect(letter!.ipHash).not.toBeNull();
    const report = await runLetterMaintenance(db(), new Date(Date.now() + 31 * 86_400_000));
    expect(report.expired).toBeGreaterThanOrEqual(1);
    const [after] = await db().select().from(letters).where(eq(letters.id, letter!.id));
    expect(after).toMatchObject({ status: 'expired', ipHash: null });
    expect((await confirmLetter(letterToken(letter!.id))).status).toBe('expired');
  });
});
