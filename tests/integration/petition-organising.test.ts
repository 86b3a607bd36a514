import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, petitions, signatureBlocks } from '@/db/schema';
import type { Actor } from '@/lib/actor';
import { closeProducer } from '@/lib/mail/queue';
import { addBlock, listBlocks, removeBlock } from '@/lib/petitions/blocks';
import { addPaperCount, closePetition, createPetition, invalidateSignatures, openPetition, updatePetition } from '@/lib/petitions/organise';
import { listPetitionsForOrganisers, searchSignatures } from '@/lib/petitions/queries';
import { getPetitionPage, recentPetitionPage } from '@/lib/petitions/queries';
import { confirmSignature } from '@/lib/petitions/confirm';
import { signPetition } from '@/lib/petitions/sign';
import { readTally } from '@/lib/petitions/tally';
import { signatureToken } from '@/lib/petitions/tokens';
import { useTestDatabase } from '../support/database';
import { makeActor } from '../support/organisers';

process.env.APP_SECRET = 'integration-test-secret-of-at-least-32-chars';

useTestDatabase({ seed: true });
afterAll(closeProducer);

let actor: Actor;
beforeAll(async () => {
  actor = await makeActor('organiser');
});

let n = 0;
const form = (extra: Record<string, unknown> = {}) => {
  n += 1;
  return {
    slug: `organised-${n}-${Date.now()}`,
    'title.en': 'Free the oil workers',
    'title.ru': 'Свободу нефтяникам',
    'title.kk': 'Мұнайшыларға бостандық',
    'target.en': 'The President of Kazakhstan',
    'summary.en': 'Summary',
    'body.en': 'Body',
    goal: '500',
    ...extra,
  };
};

/** The form's fields as formInput() gives them to the domain functions. */
function input(fields: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    const [head, tail] = key.split('.') as [string, string | undefined];
    if (tail) ((out[head] ??= {}) as Record<string, string>)[tail] = value;
    else out[head] = value;
  }
  return out;
}

async function auditOf(entityId: string) {
  return db().select().from(auditLog).where(eq(auditLog.entityId, entityId));
}

async function openFresh() {
  const created = await createPetition(actor, input(form()));
  if (!created?.ok || !created.id) throw new Error(JSON.stringify(created));
  const opened = await openPetition(actor, created.id);
  if (!opened.ok) throw new Error(opened.error.key);
  return opened.petition;
}

describe('creating and editing petitions', () => {
  it('creates a draft in three languages with its audit entry, and keeps it off the public site', async () => {
    const fields = form({ opensOn: '2026-12-01', closesOn: '2027-03-01' });
    const created = await createPetition(actor, input(fields));
    expect(created).toMatchObject({ ok: true });
    const [row] = await db().select().from(petitions).where(eq(petitions.slug, fields.slug));
    expect(row).toMatchObject({
      status: 'draft',
      goal: 500,
      title: { en: 'Free the oil workers', ru: 'Свободу нефтяникам', kk: 'Мұнайшыларға бостандық' },
      opensAt: new Date('2026-12-01T00:00:00Z'),
      closesAt: new Date('2027-03-01T00:00:00Z'),
    });
    expect(await auditOf(row!.id)).toMatchObject([{ action: 'create', entity: 'petitions', actorEmail: actor.email }]);
    expect(await getPetitionPage(fields.slug)).toBeNull();
  });

  it('answers bad input with field errors and the typed values, saving nothing', async () => {
    const fields = form({ goal: 'lots', 'title.en': '', slug: 'Not A Slug' });
    const result = await createPetition(actor, input(fields));
    expect(result).toMatchObject({
      ok: false,
      errors: { goal: { key: 'wholeNumber' }, 'title.en': { key: 'englishRequired' } },
      values: { goal: 'lots', 'title.ru': 'Свободу нефтяникам', slug: 'Not A Slug' },
    });
    expect(result && !result.ok && result.errors.slug).toEqual({ key: 'slug', values: { example: 'free-aron-atabek' } });
    expect(await createPetition(actor, input(form({ opensOn: '2027-01-02', closesOn: '2027-01-01' })))).toMatchObject({
      ok: false,
      errors: { closesOn: { key: 'closesAfterOpens' } },
      values: { opensOn: '2027-01-02', closesOn: '2027-01-01' },
    });
    expect(await db().select().from(petitions).where(eq(petitions.slug, 'Not A Slug'))).toEqual([]);
  });

  it('refuses a slug another petition has, as a field error', async () => {
    const fields = form();
    await createPetition(actor, input(fields));
    expect(await createPetition(actor, input({ ...fields }))).toMatchObject({ ok: false, errors: { slug: { key: 'petitionSlugTaken' } } });
  });

  it('records the petition before and after an edit, and the public page shows the edit at once', async () => {
    const petition = await openFresh();
    // The page reads through a short per-process cache: the edit must not wait for it to run out.
    await recentPetitionPage(petition.slug);
    const result = await updatePetition(actor, petition.id, input(form({ slug: petition.slug, 'title.en': 'Free them all', goal: '900' })));
    expect(result).toMatchObject({ ok: true });
    const entries = await auditOf(petition.id);
    const edit = entries.find((e) => e.action === 'update' && (e.after as { goal: number }).goal === 900);
    expect((edit!.before as { title: { en: string } }).title.en).toBe('Free the oil workers');
    expect((await recentPetitionPage(petition.slug))!.petition.title.en).toBe('Free them all');
  });

  it('shows a draft the moment it is opened, though its page was just read as missing', async () => {
    const created = await createPetition(actor, input(form()));
    const id = created?.ok ? created.id! : '';
    const [{ slug }] = (await db().select({ slug: petitions.slug }).from(petitions).where(eq(petitions.id, id))) as [{ slug: string }];
    expect(await recentPetitionPage(slug)).toBeNull();
    expect((await openPetition(actor, id)).ok).toBe(true);
    expect((await recentPetitionPage(slug))?.petition.status).toBe('open');
  });

  it('opens, closes, and will not open a petition whose closing date has passed', async () => {
    const petition = await openFresh();
    expect((await closePetition(actor, petition.id)).ok).toBe(true);
    await updatePetition(actor, petition.id, input(form({ slug: petition.slug, opensOn: '2020-01-01', closesOn: '2020-02-01' })));
    expect(await openPetition(actor, petition.id)).toEqual({ ok: false, error: { key: 'closingDatePassed' } });
    expect(await openPetition(actor, 'not-an-id')).toMatchObject({ ok: false });
  });
});

describe('signatures', () => {
  it('finds signatures by address in any spelling, domain and time, and invalidates only this petition’s', async () => {
    const petition = await openFresh();
    const other = await openFresh();
    await signPetition(petition.slug, { name: 'Asel', email: 'Asel.Nur+news@gmail.com', country: 'KZ', locale: 'en' }, { ip: '198.51.100.7' });
    await signPetition(petition.slug, { name: 'Bob', email: 'bob@bots.example', country: 'GB', locale: 'en' }, { ip: '198.51.100.8' });
    await signPetition(other.slug, { name: 'Bob', email: 'bob@bots.example', country: 'GB', locale: 'en' }, { ip: '198.51.100.8' });
    const all = await searchSignatures({ petitionId: petition.id });
    for (const r of all) await confirmSignature(signatureToken('confirm', r.id));
    const [otherRow] = await searchSignatures({ petitionId: other.id });
    await confirmSignature(signatureToken('confirm', otherRow!.id));

    expect((await searchSignatures({ petitionId: petition.id, email: 'aselnur@gmail.com' })).map((r) => r.name)).toEqual(['Asel']);
    expect((await searchSignatures({ petitionId: petition.id, domain: '@Bots.example' })).map((r) => r.name)).toEqual(['Bob']);
    expect(await searchSignatures({ petitionId: petition.id, from: new Date(Date.now() + 60_000) })).toEqual([]);
    expect(await searchSignatures({ petitionId: petition.id, to: new Date(Date.now() - 3_600_000) })).toEqual([]);
    const bob = all.find((r) => r.name === 'Bob')!;
    expect((await searchSignatures({ petitionId: petition.id, ipHash: bob.ipHash })).map((r) => r.name)).toEqual(['Bob']);

    expect(await invalidateSignatures(actor, petition.id, { ids: [bob.id, otherRow!.id], reason: 'bot wave' })).toMatchObject({
      ok: true,
      message: '1 signature invalidated.',
    });
    expect((await readTally(petition.id)).total).toBe(1);
    expect((await readTally(other.id)).total).toBe(1);
    expect(await auditOf(bob.id)).toMatchObject([{ entity: 'signatures', action: 'update', after: { flagged: true, flagReason: 'bot wave' } }]);
    expect(await invalidateSignatures(actor, petition.id, { reason: 'x' })).toMatchObject({ ok: false, errors: { ids: { key: 'chooseSignatures' } } });
  });

  it('lists every petition with its counts and flags for organisers', async () => {
    const petition = await openFresh();
    await addPaperCount(actor, petition.id, { count: '12', country: 'KZ', place: 'Almaty' });
    const listed = (await listPetitionsForOrganisers()).find((p) => p.id === petition.id);
    expect(listed).toMatchObject({ count: 0, paper: 12, pending: 0, flaggedSignatures: 0, status: 'open' });
    const [paper] = await db().select().from(auditLog).where(and(eq(auditLog.entity, 'paper_counts'), eq(auditLog.actorEmail, actor.email)));
    expect(paper).toMatchObject({ action: 'create', after: { count: 12, country: 'KZ', place: 'Almaty' } });
  });
});

describe('block lists', () => {
  it('adds and removes domains and ranges with audit entries, with field errors for bad values', async () => {
    expect(await addBlock(actor, { kind: 'domain', value: '@Spam-Farm.example', note: 'wave of 3 Nov' })).toMatchObject({ ok: true });
    expect(await addBlock(actor, { kind: 'ip_range', value: '2001:db8::/32' })).toMatchObject({ ok: true });
    expect(await addBlock(actor, { kind: 'domain', value: 'no dots' })).toMatchObject({
      ok: false,
      errors: { value: { key: 'blockDomain' } },
      values: { value: 'no dots' },
    });
    const blocks = await listBlocks();
    const domain = blocks.find((b) => b.value === 'spam-farm.example')!;
    expect(domain.note).toBe('wave of 3 Nov');
    await removeBlock(actor, domain.id);
    expect(await db().select().from(signatureBlocks).where(eq(signatureBlocks.id, domain.id))).toEqual([]);
    expect((await auditOf(domain.id)).map((e) => e.action).sort()).toEqual(['create', 'delete']);
  });
});
