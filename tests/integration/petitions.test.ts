import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { mailMessages, petitions, signatureBlocks, signatures, signatureTallies } from '@/db/schema';
import { closeProducer } from '@/lib/mail/queue';
import { addBlock, BLOCKS_TTL_MS, currentBlocks, forgetBlocks, removeBlock } from '@/lib/petitions/blocks';
import { deliveryTotals, exportSignaturesCsv } from '@/lib/petitions/export';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { startJobWorker } from '@/lib/worker/start';
import { expirePendingSignatures, flagSuspiciousPetitions, forgetOldIpHashes, petitionMaintenance } from '@/lib/petitions/jobs';
import { addPaperCount, closePetition, invalidateSignatures, markDelivered, openPetition } from '@/lib/petitions/organise';
import { searchSignatures } from '@/lib/petitions/queries';
import { getPetitionPage, listPetitions, petitionCounts } from '@/lib/petitions/queries';
import { confirmSignature } from '@/lib/petitions/confirm';
import { signingStats, signPetition } from '@/lib/petitions/sign';
import { recentFromSources } from '@/lib/petitions/source-counts';
import { storeSignatures } from '@/lib/petitions/store-signatures';
import { groupCommit } from '@/db/group-commit';
import { signatureForWithdrawal, withdrawSignature } from '@/lib/petitions/withdraw';
import { readTally, reconcileTallies } from '@/lib/petitions/tally';
import { ipHash, signatureToken } from '@/lib/petitions/tokens';
import type { Actor } from '@/lib/actor';
import { listChanges } from '@/lib/audit/log';
import { aConfirmedSigner, aPetition } from '../support/builders';
import { useTestDatabase } from '../support/database';
import { makeActor } from '../support/organisers';

process.env.APP_SECRET = 'integration-test-secret-of-at-least-32-chars';
process.env.SIGN_LIMIT_PER_IP = '3';
process.env.SIGN_LIMIT_PER_DOMAIN = '4';

const database = useTestDatabase({ seed: true });
afterAll(closeProducer);

let organiserActor: Promise<Actor> | undefined;
const organiser = () => (organiserActor ??= makeActor('organiser'));
/** A fresh petition per test, so tests do not see each other's signatures. */
const freshPetition = async (status: 'open' | 'draft' = 'open') => aPetition(await organiser(), status);

function form(email: string, extra: Record<string, unknown> = {}) {
  return { name: 'Aigul Serikova', email, country: 'KZ', locale: 'en', ...extra };
}

async function signatureOf(petitionId: string, canonical: string) {
  const rows = await db().select().from(signatures).where(sql`${signatures.petitionId} = ${petitionId} and ${signatures.canonicalEmail} = ${canonical}`);
  return rows;
}

const ip = (n: number) => `198.51.100.${n}`;

describe('the seeded petitions', () => {
  it('has one open petition for each person and one for a Zhanaozen inquiry, in three languages', async () => {
    const list = await listPetitions();
    expect(list.map((p) => p.slug).sort()).toEqual(
      ['clear-amin-yeleusinov', 'clear-nurbek-kushakbayev', 'free-erzhan-elshibayev', 'justice-for-aron-atabek', 'zhanaozen-inquiry'].sort(),
    );
    for (const p of list) {
      expect(p.status).toBe('open');
      expect(p.title.ru && p.title.kk && p.summary.kk).toBeTruthy();
      expect(p.count).toBe(0);
    }
    expect(list.find((p) => p.slug === 'zhanaozen-inquiry')!.caseId).toBeNull();
  });
});

describe('signing and confirming', () => {
  it('counts a signature only once its email is confirmed, and a second click changes nothing', async () => {
    const petition = await freshPetition();
    expect(await signPetition(petition.slug, form('Signer.One@Example.org', { publicName: 'on' }), { ip: ip(1) })).toEqual({ ok: true });
    const [row] = await signatureOf(petition.id, 'signer.one@example.org');
    expect(row).toMatchObject({ status: 'pending', flagged: false, email: 'Signer.One@Example.org', emailDomain: 'example.org' });
    expect(row!.ipHash).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(row!.ipHash).not.toContain('198');
    expect((await readTally(petition.id)).total).toBe(0);

    const token = signatureToken('confirm', row!.id);
    expect(await confirmSignature(token)).toMatchObject({ status: 'confirmed', petition: { slug: petition.slug } });
    expect(await confirmSignature(token)).toMatchObject({ status: 'confirmed' });
    expect(await readTally(petition.id)).toEqual({ total: 1, byCountry: [{ country: 'KZ', count: 1 }] });

    const page = await getPetitionPage(petition.slug);
    expect(page!.signers).toEqual([expect.objectContaining({ firstName: 'Aigul', country: 'KZ' })]);
  });

  it('shows no name of a signer who did not consent', async () => {
    const petition = await freshPetition();
    await signPetition(petition.slug, form('quiet@example.org'), { ip: ip(2) });
    const [row] = await signatureOf(petition.id, 'quiet@example.org');
    await confirmSignature(signatureToken('confirm', row!.id));
    const page = await getPetitionPage(petition.slug);
    expect(page!.tally.total).toBe(1);
    expect(page!.signers).toEqual([]);
    const counts = JSON.stringify(await petitionCounts(petition.slug));
    expect(counts).not.toContain('quiet@');
    expect(counts).not.toContain('Aigul');
  });

  it('stores one signature per canonical address and resends the confirmation at most five times', async () => {
    const petition = await freshPetition();
    const spellings = ['nurlan.b@gmail.com', 'NurlanB@gmail.com', 'n.u.r.l.a.n.b+kz@googlemail.com', 'nurlanb+1@gmail.com', 'nurlanb+2@gmail.com', 'nurlanb+3@gmail.com', 'nurlanb+4@gmail.com', 'nurlanb+5@gmail.com'];
    for (const [i, email] of spellings.entries()) {
      expect(await signPetition(petition.slug, form(email), { ip: ip(10 + i) })).toEqual({ ok: true });
    }
    const rows = await signatureOf(petition.id, 'nurlanb@gmail.com');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.resendCount).toBe(5);
    expect(rows[0]!.email).toBe('nurlan.b@gmail.com');
  });

  it('stores a double submit once', async () => {
    const petition = await freshPetition();
    const results = await Promise.all(Array.from({ length: 5 }, () => signPetition(petition.slug, form('twice@example.net'), { ip: ip(30) })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await signatureOf(petition.id, 'twice@example.net')).toHaveLength(1);
  });

  it('rejects bad input with field errors and stores nothing', async () => {
    const petition = await freshPetition();
    const result = await signPetition(petition.slug, form('bad', { name: '=cmd|x', country: 'ZZ' }), { ip: ip(40) });
    expect(result).toMatchObject({
      ok: false,
      error: 'invalid',
      errors: { name: ['nameCharacters'], email: ['invalidEmail'], country: ['unknownCountry'] },
      values: { name: '=cmd|x', email: 'bad', country: 'ZZ' },
    });
    const [count] = await db().select({ n: sql<number>`count(*)::int` }).from(signatures).where(eq(signatures.petitionId, petition.id));
    expect(count!.n).toBe(0);
  });

  it('refuses closed and draft petitions, and unknown ones', async () => {
    const draft = await freshPetition('draft');
    expect(await signPetition(draft.slug, form('d@example.org'), { ip: null })).toEqual({ ok: false, error: 'not_found' });
    const closed = await freshPetition();
    await closePetition(await organiser(), closed.id);
    expect(await signPetition(closed.slug, form('c@example.org'), { ip: null })).toEqual({ ok: false, error: 'closed' });
    expect(await signPetition('no-such-petition', form('n@example.org'), { ip: null })).toEqual({ ok: false, error: 'not_found' });
  });

  it('expires a signature left unconfirmed for seven days; its link then says so', async () => {
    const petition = await freshPetition();
    await signPetition(petition.slug, form('late@example.org'), { ip: ip(50) });
    const [row] = await signatureOf(petition.id, 'late@example.org');
    await db().update(signatures).set({ lastSentAt: new Date(Date.now() - 8 * 86_400_000) }).where(eq(signatures.id, row!.id));
    expect(await expirePendingSignatures()).toBeGreaterThanOrEqual(1);
    expect(await confirmSignature(signatureToken('confirm', row!.id))).toMatchObject({ status: 'expired' });
    expect((await readTally(petition.id)).total).toBe(0);
    // Signing again opens it once more.
    await signPetition(petition.slug, form('late@example.org'), { ip: ip(50) });
    expect(await confirmSignature(signatureToken('confirm', row!.id))).toMatchObject({ status: 'confirmed' });
  });

  it('does not look up malformed tokens', async () => {
    expect(await confirmSignature('x')).toEqual({ status: 'invalid' });
    expect(await confirmSignature('a'.repeat(43))).toEqual({ status: 'invalid' });
  });
});

describe('signature mail', () => {
  const mailTo = (to: string) => db().select().from(mailMessages).where(eq(mailMessages.to, to)).orderBy(mailMessages.createdAt);

  it('queues the confirmation with its links in the outbox, then thanks once confirmed', async () => {
    const petition = await freshPetition();
    await signPetition(petition.slug, form('mail.one@example.org', { locale: 'kk' }), { ip: ip(80) });
    const [row] = await signatureOf(petition.id, 'mail.one@example.org');
    const [confirm] = await mailTo('mail.one@example.org');
    expect(confirm).toMatchObject({ template: 'confirm-signature', locale: 'kk', props: { name: 'Aigul Serikova', petition: 'A test petition' } });
    expect(confirm!.props.confirmUrl).toBe(`http://localhost:3000/kk/confirm/${signatureToken('confirm', row!.id)}`);
    expect(confirm!.props.withdrawUrl).toBe(`http://localhost:3000/kk/withdraw/${signatureToken('withdraw', row!.id)}`);

    await confirmSignature(signatureToken('confirm', row!.id));
    await confirmSignature(signatureToken('confirm', row!.id));
    expect((await mailTo('mail.one@example.org')).map((m) => m.template)).toEqual(['confirm-signature', 'signature-confirmed']);
  });

  it('answers a second signing with a resent confirmation, or with "already signed" once confirmed', async () => {
    const petition = await freshPetition();
    await signPetition(petition.slug, form('again@example.org'), { ip: ip(81) });
    await signPetition(petition.slug, form('again@example.org'), { ip: ip(81) });
    const [row] = await signatureOf(petition.id, 'again@example.org');
    await confirmSignature(signatureToken('confirm', row!.id));
    await signPetition(petition.slug, form('again@example.org'), { ip: ip(81) });
    const sent = await mailTo('again@example.org');
    expect(sent.map((m) => [m.template, m.props.alreadySigned ?? null])).toEqual([
      ['confirm-signature', null],
      ['confirm-signature', null],
      ['signature-confirmed', false],
      ['signature-confirmed', true],
    ]);
  });

  it('sends nothing to blocked domains or when the honeypot is filled', async () => {
    const petition = await freshPetition();
    await addBlock(await organiser(), { kind: 'domain', value: 'blocked-mail.example' });
    await signPetition(petition.slug, form('x@blocked-mail.example'), { ip: ip(82) });
    await signPetition(petition.slug, form('honey@example.org', { website: 'x' }), { ip: ip(83) });
    expect(await mailTo('x@blocked-mail.example')).toEqual([]);
    expect(await mailTo('honey@example.org')).toEqual([]);
  });
});

describe('withdrawing', () => {
  it('shows the signature first, then withdraws it and the count falls at once', async () => {
    const petition = await freshPetition();
    const row = await aConfirmedSigner(petition.slug, { email: 'leave@example.org', publicName: true }, ip(60));
    expect((await readTally(petition.id)).total).toBe(1);

    const token = signatureToken('withdraw', row!.id);
    expect(await signatureForWithdrawal(token)).toMatchObject({ status: 'confirmed' });
    expect((await readTally(petition.id)).total).toBe(1);
    expect(await withdrawSignature(token)).toMatchObject({ status: 'withdrawn' });
    expect(await withdrawSignature(token)).toMatchObject({ status: 'withdrawn' });
    expect((await readTally(petition.id)).total).toBe(0);
    expect((await getPetitionPage(petition.slug))!.signers).toEqual([]);
    expect(await confirmSignature(signatureToken('confirm', row!.id))).toMatchObject({ status: 'withdrawn' });
  });
});

describe('abuse rules', () => {
  it('flags signatures over the per-IP limit and does not count them, with the same answer', async () => {
    const petition = await freshPetition();
    for (let i = 0; i < 5; i++) {
      expect(await signPetition(petition.slug, form(`crowd${i}@example${i}.org`), { ip: ip(70) })).toEqual({ ok: true });
    }
    const rows = await searchSignatures({ petitionId: petition.id });
    expect(rows.filter((r) => r.flagged).map((r) => r.flagReason)).toEqual(['ip_rate', 'ip_rate']);
    for (const r of rows) await confirmSignature(signatureToken('confirm', r.id));
    expect((await readTally(petition.id)).total).toBe(3);
  });

  it('flags signatures over the per-domain limit, but not from large public providers', async () => {
    const petition = await freshPetition();
    for (let i = 0; i < 6; i++) await signPetition(petition.slug, form(`p${i}@spam-farm.example`), { ip: ip(100 + i) });
    for (let i = 0; i < 6; i++) await signPetition(petition.slug, form(`real${i}@gmail.com`), { ip: ip(110 + i) });
    const flagged = await searchSignatures({ petitionId: petition.id, flagged: true });
    expect(flagged.map((r) => r.emailDomain)).toEqual(['spam-farm.example', 'spam-farm.example']);
    expect(await searchSignatures({ petitionId: petition.id, domain: 'spam-farm.example' })).toHaveLength(6);
  });

  it('flags blocked domains and IP ranges', async () => {
    const petition = await freshPetition();
    const actor = await organiser();
    expect(await addBlock(actor, { kind: 'domain', value: 'Throwaway.example' })).toMatchObject({ ok: true });
    expect(await addBlock(actor, { kind: 'ip_range', value: '203.0.113.0/24' })).toMatchObject({ ok: true });
    expect(await addBlock(actor, { kind: 'ip_range', value: 'not a range' })).toMatchObject({ ok: false, values: { value: 'not a range' } });
    await signPetition(petition.slug, form('a@mx.throwaway.example'), { ip: ip(120) });
    await signPetition(petition.slug, form('b@example.org'), { ip: '203.0.113.9' });
    await signPetition(petition.slug, form('c@example.org'), { ip: ip(121) });
    const rows = await searchSignatures({ petitionId: petition.id });
    expect(Object.fromEntries(rows.map((r) => [r.canonicalEmail, r.flagReason]))).toEqual({
      'a@mx.throwaway.example': 'blocked_domain',
      'b@example.org': 'blocked_ip',
      'c@example.org': null,
    });
  });

  it('applies a block list change to the next signature at once, and a removal too', async () => {
    const petition = await freshPetition();
    await signPetition(petition.slug, form('before@later-blocked.example'), { ip: ip(140) });
    const actor = await organiser();
    expect(await addBlock(actor, { kind: 'domain', value: 'later-blocked.example' })).toMatchObject({ ok: true });
    await signPetition(petition.slug, form('during@later-blocked.example'), { ip: ip(141) });
    const [block] = await db().select().from(signatureBlocks).where(eq(signatureBlocks.value, 'later-blocked.example'));
    await removeBlock(actor, block!.id);
    await signPetition(petition.slug, form('after@later-blocked.example'), { ip: ip(142) });
    const rows = await searchSignatures({ petitionId: petition.id });
    expect(Object.fromEntries(rows.map((r) => [r.canonicalEmail, r.flagReason]))).toEqual({
      'before@later-blocked.example': null,
      'during@later-blocked.example': 'blocked_domain',
      'after@later-blocked.example': null,
    });
  });

  it('applies a block added by another process once the cached lists run out', async () => {
    const petition = await freshPetition();
    await signPetition(petition.slug, form('one@elsewhere-blocked.example'), { ip: ip(143) });
    // Another web process writes the block: this one learns of it only by reading again.
    await db().insert(signatureBlocks).values({ kind: 'domain', value: 'elsewhere-blocked.example' });
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + BLOCKS_TTL_MS + 1);
      await signPetition(petition.slug, form('two@elsewhere-blocked.example'), { ip: ip(144) });
    } finally {
      vi.useRealTimers();
    }
    expect((await signatureOf(petition.id, 'two@elsewhere-blocked.example'))[0]?.flagReason).toBe('blocked_domain');
  });

  it('shares one read of the block lists between signatures that arrive together', async () => {
    await forgetBlocks();
    const first = currentBlocks();
    expect(currentBlocks()).toBe(first);
    await first;
    await forgetBlocks();
    expect(currentBlocks()).not.toBe(first);
  });

  it('stores nothing when the honeypot is filled, and answers as usual', async () => {
    const petition = await freshPetition();
    expect(await signPetition(petition.slug, form('bot@example.org', { website: 'http://spam' }), { ip: ip(130) })).toEqual({ ok: true });
    expect(await signatureOf(petition.id, 'bot@example.org')).toHaveLength(0);
  });

  it('flags a petition in the hourly check when one source gives more than N an hour', async () => {
    const petition = await freshPetition();
    for (let i = 0; i < 4; i++) await signPetition(petition.slug, form(`w${i}@wave.example`), { ip: ip(140) });
    const offenders = await flagSuspiciousPetitions(3);
    expect(offenders.filter((o) => o.petitionId === petition.id).map((o) => o.kind)).toEqual(['ip', 'domain']);
    const [row] = await db().select().from(petitions).where(eq(petitions.id, petition.id));
    expect(row!.flaggedAt).not.toBeNull();
  });

  it('invalidates signatures in bulk and takes them off the count', async () => {
    const petition = await freshPetition();
    for (let i = 0; i < 3; i++) await signPetition(petition.slug, form(`bulk${i}@example.org`), { ip: ip(150 + i) });
    const rows = await searchSignatures({ petitionId: petition.id });
    for (const r of rows) await confirmSignature(signatureToken('confirm', r.id));
    expect((await readTally(petition.id)).total).toBe(3);
    const bulk = { ids: rows.slice(0, 2).map((r) => r.id), reason: 'bot wave' };
    expect(await invalidateSignatures(await organiser(), petition.id, bulk)).toMatchObject({ ok: true, message: '2 signatures invalidated.' });
    expect(await invalidateSignatures(await organiser(), petition.id, bulk)).toMatchObject({ ok: true, message: '0 signatures invalidated.' });
    expect((await readTally(petition.id)).total).toBe(1);
  });

  it('forgets IP hashes after the abuse window', async () => {
    const petition = await freshPetition();
    await signPetition(petition.slug, form('old@example.org'), { ip: ip(160) });
    await db().update(signatures).set({ createdAt: new Date(Date.now() - 31 * 86_400_000) }).where(eq(signatures.petitionId, petition.id));
    expect(await forgetOldIpHashes()).toBeGreaterThanOrEqual(1);
    expect((await signatureOf(petition.id, 'old@example.org'))[0]!.ipHash).toBeNull();
  });
});

describe('signatures that arrive together', () => {
  const statsDelta = async <T>(work: () => Promise<T>) => {
    const before = signingStats();
    const result = await work();
    const after = signingStats();
    return { result, batches: after.batches - before.batches, items: after.items - before.items, split: after.split - before.split };
  };
  const mailsTo = (to: string) => db().select().from(mailMessages).where(eq(mailMessages.to, to)).orderBy(mailMessages.createdAt);

  it('are written in one transaction, each with its own confirmation mail and delivery job', async () => {
    const petition = await freshPetition();
    const emails = Array.from({ length: 6 }, (_, i) => `together${i}@example${i}.org`);
    const { result, batches, items } = await statsDelta(() => Promise.all(emails.map((email, i) => signPetition(petition.slug, form(email), { ip: ip(170 + i) }))));
    expect(result.every((r) => r.ok)).toBe(true);
    expect({ batches, items }).toEqual({ batches: 1, items: 6 });
    const batchIds = new Set<string>();
    for (const email of emails) {
      const [row] = await signatureOf(petition.id, email);
      const [mail, ...more] = await mailsTo(email);
      expect(more).toEqual([]);
      expect(mail).toMatchObject({ template: 'confirm-signature', status: 'queued', idempotencyKey: `confirm-signature:${row!.id}:0` });
      expect(mail!.props.confirmUrl).toBe(`http://localhost:3000/en/confirm/${signatureToken('confirm', row!.id)}`);
      batchIds.add(mail!.batchId!);
    }
    expect(batchIds.size).toBe(6);
    const jobs = await db().execute<{ n: number }>(sql`select count(*)::int as n from pgboss.job where data->>'batchId' in ${[...batchIds]}`);
    expect(jobs[0]!.n).toBe(6);
  });

  it('store one row for an address signed several times at once, and resend to it in order', async () => {
    const petition = await freshPetition();
    const { batches } = await statsDelta(() => Promise.all(Array.from({ length: 4 }, () => signPetition(petition.slug, form('at.once@example.org'), { ip: ip(180) }))));
    expect(batches).toBe(1);
    const rows = await signatureOf(petition.id, 'at.once@example.org');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.resendCount).toBe(3);
    expect((await mailsTo('at.once@example.org')).map((m) => m.idempotencyKey)).toEqual([0, 1, 2, 3].map((n) => `confirm-signature:${rows[0]!.id}:${n}`));
  });

  it('store an address once when two web processes sign it at the same moment', async () => {
    const petition = await freshPetition();
    // Another process's group commit: a transaction of its own, at the same time as this one's.
    const otherProcess = groupCommit({ write: storeSignatures });
    const request = {
      petition,
      canonical: 'both.processes@example.org',
      domain: 'example.org',
      details: { name: 'Aigul Serikova', email: 'both.processes@example.org', country: 'KZ', city: null, comment: null, publicName: false, wantsUpdates: false, locale: 'en', ipHash: null },
      honeypotFilled: false,
      domainBlocked: false,
      ipBlocked: false,
    };
    const outcomes = await Promise.all([signPetition(petition.slug, form('both.processes@example.org'), { ip: null }), otherProcess.submit(request)]);
    expect(outcomes[0]).toEqual({ ok: true });
    const rows = await signatureOf(petition.id, 'both.processes@example.org');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.resendCount).toBe(1);
  });

  it('count the ones before them from the same IP against the limit, as if they had come one by one', async () => {
    const petition = await freshPetition();
    const { batches } = await statsDelta(() => Promise.all(Array.from({ length: 5 }, (_, i) => signPetition(petition.slug, form(`same.ip${i}@example${i}.net`), { ip: ip(190) }))));
    expect(batches).toBe(1);
    const rows = await searchSignatures({ petitionId: petition.id });
    expect(rows.map((r) => r.flagReason).sort()).toEqual(['ip_rate', 'ip_rate', null, null, null]);
  });

  it('do not fail with one that cannot be stored: it fails alone, the others are stored', async () => {
    const petition = await freshPetition();
    const gone = await freshPetition();
    // Both known to this process (its signing cache), then one deleted where the cache cannot see it.
    await signPetition(petition.slug, form('mate0@example.org'), { ip: null });
    await signPetition(gone.slug, form('first@example.org'), { ip: null });
    await db().delete(petitions).where(eq(petitions.id, gone.id));
    const { result, batches, split } = await statsDelta(() =>
      Promise.allSettled([
        signPetition(petition.slug, form('mate1@example.org'), { ip: ip(191) }),
        signPetition(gone.slug, form('orphan@example.org'), { ip: ip(192) }),
        signPetition(petition.slug, form('mate2@example.org'), { ip: ip(193) }),
      ]),
    );
    expect(result.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(split).toBe(1);
    expect(batches).toBe(2); // the failed batch wrote nothing; its two mates went alone
    expect((await searchSignatures({ petitionId: petition.id })).map((r) => r.canonicalEmail).sort()).toEqual(['mate0@example.org', 'mate1@example.org', 'mate2@example.org']);
    expect(await mailsTo('mate1@example.org')).toHaveLength(1);
    expect(await mailsTo('orphan@example.org')).toEqual([]);
  });

  it('remember a source at its limit until the oldest signature counted is an hour old', async () => {
    const petition = await freshPetition();
    for (let i = 0; i < 3; i++) await signPetition(petition.slug, form(`limit${i}@example${i}.com`), { ip: ip(194) });
    const source = [{ petitionId: petition.id, ipHash: ipHash(ip(194)), domain: 'example.com' }];
    const limits = { ip: 3, domain: 4 };
    const count = (now = Date.now()) => db().transaction((tx) => recentFromSources(tx, source, limits, now));
    expect(await count()).toEqual([{ fromIp: 3, fromDomain: 0 }]);
    // Out of the window in the table; still at the limit in memory until an hour after the oldest.
    await db().update(signatures).set({ createdAt: new Date(Date.now() - 2 * 3_600_000) }).where(eq(signatures.petitionId, petition.id));
    expect(await count()).toEqual([{ fromIp: 3, fromDomain: 0 }]);
    expect(await count(Date.now() + 3_600_000)).toEqual([{ fromIp: 0, fromDomain: 0 }]);
  });
});

describe('counting', () => {
  it('spreads confirmations over shard rows and the reconcile job repairs a wrong tally', async () => {
    const petition = await freshPetition();
    for (let i = 0; i < 20; i++) await signPetition(petition.slug, form(`c${i}@count${i}.example`, { country: i % 2 ? 'DE' : 'KZ' }), { ip: ip(200 + i) });
    const rows = await searchSignatures({ petitionId: petition.id });
    await Promise.all(rows.map((r) => confirmSignature(signatureToken('confirm', r.id))));
    const tally = await readTally(petition.id);
    expect(tally.total).toBe(20);
    expect(tally.byCountry).toEqual([
      { country: 'DE', count: 10 },
      { country: 'KZ', count: 10 },
    ]);
    const shardRows = await db().select().from(signatureTallies).where(eq(signatureTallies.petitionId, petition.id));
    expect(shardRows.length).toBeGreaterThan(2);

    expect(await reconcileTallies()).toBe(0);
    await db().update(signatureTallies).set({ count: 100 }).where(eq(signatureTallies.petitionId, petition.id));
    expect(await reconcileTallies()).toBeGreaterThan(0);
    expect((await readTally(petition.id)).total).toBe(20);
  });
});

describe('maintenance', () => {
  it('runs as a scheduled job of the worker and repairs the tallies', async () => {
    const petition = await freshPetition();
    await aConfirmedSigner(petition.slug, { email: 'm@example.org' }, ip(240));
    await db().delete(signatureTallies).where(eq(signatureTallies.petitionId, petition.id));
    expect((await readTally(petition.id)).total).toBe(0);

    const lines: string[] = [];
    const stop = await startJobWorker(database.url(), { kinds: [petitionMaintenance], pollingIntervalSeconds: 0.5, log: (l) => lines.push(l) });
    try {
      const [schedule] = await db().execute<{ cron: string }>(sql`select cron from pgboss.schedule where name = ${petitionMaintenance.name}`);
      expect(schedule?.cron).toBe('*/5 * * * *');
      // Rather than wait for the clock, queue one run as the schedule would.
      await enqueueJob(db(), petitionMaintenance, {});
      await expect.poll(async () => (await readTally(petition.id)).total, { timeout: 15_000 }).toBe(1);
      await expect.poll(() => lines.join('\n')).toContain('"tallyCorrections":1');
    } finally {
      await stop();
    }
  });
});

describe('delivery', () => {
  it('exports confirmed signatures as UTF-8 CSV with formulas neutralised, and records who exported them', async () => {
    const petition = await freshPetition();
    await signPetition(petition.slug, form('f@example.org', { name: 'Ержан', comment: '=HYPERLINK("http://evil")', city: 'Жаңаөзен' }), { ip: ip(220) });
    await signPetition(petition.slug, form('unconfirmed@example.org'), { ip: ip(221) });
    const [row] = await signatureOf(petition.id, 'f@example.org');
    await confirmSignature(signatureToken('confirm', row!.id));
    const actor = await organiser();
    const csv = await exportSignaturesCsv(actor, petition.id);
    expect(csv.startsWith('\ufeffname,email,country,city,comment,confirmed_at\r\n')).toBe(true);
    expect(csv).toContain(`Ержан,f@example.org,KZ,Жаңаөзен,"'=HYPERLINK(""http://evil"")",`);
    expect(csv).not.toContain('unconfirmed@');
    const [entry] = await listChanges({ entity: 'petitions', entityId: petition.id });
    expect(entry).toMatchObject({ action: 'export', actorEmail: actor.email, after: { signatures: 1 } });
  });

  it('totals online and paper signatures by country, and records the delivery', async () => {
    const petition = await freshPetition();
    await aConfirmedSigner(petition.slug, { email: 'd1@example.org', country: 'GB' }, ip(230));
    const actor = await organiser();
    expect(await addPaperCount(actor, petition.id, { count: '25', country: 'GB', place: 'Picket at the embassy, London' })).toMatchObject({ ok: true });
    expect(await addPaperCount(actor, petition.id, { count: '7' })).toMatchObject({ ok: true });
    expect(await addPaperCount(actor, petition.id, { count: '-1' })).toMatchObject({ ok: false, errors: { count: { key: 'tooSmall', values: { min: 1 } } } });
    expect(await deliveryTotals(petition.id)).toEqual({
      online: 1,
      paper: 32,
      byCountry: [{ country: 'GB', online: 1, paper: 25 }],
      paperWithoutCountry: 7,
    });
    expect((await getPetitionPage(petition.slug))!.paper).toBe(32);

    const delivery = { deliveredTo: 'Embassy of Kazakhstan, London', deliveredOn: '2026-11-20', deliveredCount: '33' };
    expect(await markDelivered(actor, petition.id, delivery)).toMatchObject({ ok: false });
    await closePetition(actor, petition.id);
    expect(await markDelivered(actor, petition.id, delivery)).toMatchObject({ ok: true });
    const [delivered] = await db().select().from(petitions).where(eq(petitions.id, petition.id));
    expect(delivered).toMatchObject({ status: 'delivered', deliveredCount: 33, deliveredAt: new Date('2026-11-20T00:00:00Z') });
    expect(await openPetition(actor, petition.id)).toMatchObject({ ok: false });
  });
});
