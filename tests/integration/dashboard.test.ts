import { randomBytes, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, caseUpdates, cases, mailMessages, petitions, picketRsvps, pickets, signatures } from '@/db/schema';
import { updateCase } from '@/lib/cases/organise';
import { auditVerb, describeChanges } from '@/lib/audit/format';
import { auditFilterFromQuery } from '@/lib/audit/forms';
import { listAuditLines } from '@/lib/audit/queries';
import type { Actor } from '@/lib/actor';
import { dashboardOverview } from '@/lib/dashboard/queries';
import { closeProducer } from '@/lib/mail/queue';
import { flaggedSignaturesQuery, signatureSearchFromQuery } from '@/lib/petitions/organise-forms';
import { flagSuspiciousPetitions } from '@/lib/petitions/jobs';
import { clearPetitionFlag, createPetition, openPetition } from '@/lib/petitions/organise';
import { searchSignatures } from '@/lib/petitions/queries';
import { fanOutUpdate } from '@/lib/updates/fanout';
import { deleteDraftUpdate, publishUpdate, saveUpdate } from '@/lib/updates/organise';
import { useTestDatabase } from '../support/database';
import { makeActor } from '../support/organisers';

process.env.APP_SECRET = 'integration-test-secret-of-at-least-32-chars';

useTestDatabase({ seed: true });
afterAll(closeProducer);

let actor: Actor;
beforeAll(async () => {
  actor = await makeActor('organiser');
});

const unique = () => randomBytes(4).toString('hex');

async function openedPetition(title = `Free the drivers ${unique()}`) {
  const created = await createPetition(actor, { slug: `dash-${unique()}`, title: { en: title }, target: { en: 'X' }, summary: { en: 'X' }, body: { en: 'X' }, goal: '100' });
  if (!created?.ok) throw new Error('petition not created');
  await openPetition(actor, created.id!);
  return { id: created.id!, title };
}

/** Signatures written as the sign endpoint stores them, from one IP hash and one domain. */
async function signaturesFrom(petitionId: string, count: number, { ipHash, domain, at = new Date(), confirmed = false }: { ipHash: string; domain: string; at?: Date; confirmed?: boolean }) {
  const rows = Array.from({ length: count }, (_, i) => {
    const email = `s${i}-${unique()}@${domain}`;
    return {
      id: randomUUID(),
      petitionId,
      name: 'Signer',
      email,
      canonicalEmail: email,
      emailDomain: domain,
      country: 'DE',
      locale: 'en',
      ipHash,
      status: confirmed ? ('confirmed' as const) : ('pending' as const),
      confirmedAt: confirmed ? at : null,
      confirmTokenHash: randomUUID(),
      withdrawTokenHash: randomUUID(),
      createdAt: at,
    };
  });
  await db().insert(signatures).values(rows);
}

describe('the audit log in words', () => {
  it('names the command an update was and lists the changed fields before → after, one language at a time', () => {
    expect(auditVerb({ action: 'update', entity: 'case_updates', before: { status: 'draft' }, after: { status: 'published' } })).toBe('publish');
    expect(auditVerb({ action: 'update', entity: 'petitions', before: { flaggedAt: '2026-12-01T10:00:00Z' }, after: { flaggedAt: null } })).toBe('clearFlag');
    expect(auditVerb({ action: 'update', entity: 'pickets', before: { status: 'proposed' }, after: { status: 'approved' } })).toBe('approve');
    expect(auditVerb({ action: 'update', entity: 'cases', before: { photoPath: null }, after: { photoPath: '/media/a.jpg' } })).toBe('photo');
    expect(auditVerb({ action: 'export', entity: 'petitions', before: null, after: { signatures: 3 } })).toBe('export');

    const changes = describeChanges(
      'case_statuses',
      { id: 'a', status: 'pre_trial', note: { en: 'Held', ru: 'Под стражей' }, confirmed: false, updatedAt: '2026-01-01T00:00:00Z' },
      { id: 'a', status: 'paroled', note: { en: 'Held', ru: 'Освобождён' }, confirmed: true, updatedAt: '2026-02-01T00:00:00Z' },
    );
    expect(changes).toEqual([
      { field: 'confirmed', before: { kind: 'message', key: 'Admin.options.no', fallback: 'false' }, after: { kind: 'message', key: 'Admin.options.yes', fallback: 'true' } },
      { field: 'note', locale: 'ru', before: { kind: 'text', text: 'Под стражей' }, after: { kind: 'text', text: 'Освобождён' } },
      { field: 'status', before: { kind: 'message', key: 'Status.pre_trial', fallback: 'pre_trial' }, after: { kind: 'message', key: 'Status.paroled', fallback: 'paroled' } },
    ]);
  });

  it('says who edited which case, with the case by its name, and filters by person, kind and day', async () => {
    const editor = await makeActor('organiser');
    const [person] = await db().select().from(cases).where(eq(cases.slug, 'erzhan-elshibayev'));
    const result = await updateCase(editor, person!.id, {
      slug: person!.slug,
      published: person!.published ? 'on' : '',
      name: person!.name,
      summary: person!.summary,
      biography: person!.biography,
      occupation: { ...(person!.occupation ?? {}), en: 'Oil worker and union organiser' },
      photoConsent: person!.photoConsent,
      sources: [],
    });
    expect(result).toMatchObject({ ok: true });

    const [line] = await listAuditLines({ actorEmail: editor.email });
    expect(line).toMatchObject({ who: editor.email, verb: 'update', entity: 'cases', name: 'Erzhan Elshibayev' });
    expect(line!.changes).toContainEqual(expect.objectContaining({ field: 'occupation', locale: 'en', after: { kind: 'text', text: 'Oil worker and union organiser' } }));
    expect(line!.changes.map((c) => c.field)).not.toContain('updatedAt');

    const today = new Date().toISOString().slice(0, 10);
    const { filter } = auditFilterFromQuery({ who: editor.email, kind: 'cases', from: today, to: today });
    expect((await listAuditLines(filter!)).map((l) => l.id)).toEqual([line!.id]);
    expect(await listAuditLines({ ...filter!, entity: 'petitions' })).toEqual([]);
    expect(await listAuditLines({ ...filter!, to: new Date(`${today}T00:00:00Z`) })).toEqual([]);
    expect(auditFilterFromQuery({ kind: 'users' }).errors).toHaveProperty('kind');
    expect(auditFilterFromQuery({ from: '2026-12-02', to: '2026-12-01' }).errors).toHaveProperty('to');
  });

  it('keeps the fan-out’s progress out of an update’s history: one entry for the draft, one for publishing', async () => {
    const [person] = await db().select().from(cases).where(eq(cases.slug, 'aron-atabek'));
    const saved = await saveUpdate(actor, null, { case: person!.id, title: { en: 'Moved to another colony' }, body: { en: 'He was moved.' }, link: '' });
    expect(saved).toMatchObject({ ok: true });
    const savedId = saved?.ok ? saved.id! : '';
    expect(await publishUpdate(actor, savedId, { when: 'now' })).toMatchObject({ ok: true });
    await fanOutUpdate(savedId);

    const lines = await listAuditLines({ entityId: savedId });
    expect(lines.map((l) => l.verb)).toEqual(['publish', 'create']);
    const entries = await db().select().from(auditLog).where(eq(auditLog.entityId, savedId));
    for (const e of entries) expect(Object.keys({ ...(e.before as object), ...(e.after as object) })).not.toContain('fanoutCursor');
    expect(lines[0]!.changes.map((c) => c.field)).toEqual(['publishAt', 'publishedAt', 'status']);
  });
});

describe('deleting a draft update', () => {
  it('deletes a draft with an audit entry that keeps its text, and refuses a published update', async () => {
    const draft = await saveUpdate(actor, null, { case: 'campaign', title: { en: 'A draft to delete' }, body: { en: 'Text.' }, link: '' });
    const id = draft?.ok ? draft.id! : '';
    expect(await deleteDraftUpdate(actor, id)).toEqual({ ok: true });
    expect(await db().select().from(caseUpdates).where(eq(caseUpdates.id, id))).toEqual([]);
    const [line] = await listAuditLines({ entityId: id });
    expect(line).toMatchObject({ action: 'delete', verb: 'delete', name: 'A draft to delete' });

    const published = await saveUpdate(actor, null, { case: 'campaign', title: { en: 'Out in the world' }, body: { en: 'Text.' }, link: '' });
    const publishedId = published?.ok ? published.id! : '';
    await publishUpdate(actor, publishedId, { when: 'now' });
    expect(await deleteDraftUpdate(actor, publishedId)).toEqual({ ok: false, error: { key: 'publishedUpdateKept' } });
    expect(await db().select().from(caseUpdates).where(eq(caseUpdates.id, publishedId))).toHaveLength(1);
    expect(await deleteDraftUpdate(actor, randomUUID())).toMatchObject({ ok: false });
  });
});

describe('clearing a flagged petition', () => {
  it('links to the signatures the check saw, clears with a reason on record, and flags again only for a new spike', async () => {
    const petition = await openedPetition();
    const ipHash = `hash-${unique()}`;
    const domain = `wave-${unique()}.example`;
    await signaturesFrom(petition.id, 4, { ipHash, domain });
    const offenders = await flagSuspiciousPetitions(3);
    expect(offenders.filter((o) => o.petitionId === petition.id)).toHaveLength(2);
    const [flagged] = await db().select().from(petitions).where(eq(petitions.id, petition.id));
    expect(flagged!.flagSource).toBeTruthy();

    // The link to the signatures finds exactly the ones behind the flag.
    const query = flaggedSignaturesQuery(flagged!)!;
    const { search } = signatureSearchFromQuery(query);
    expect(await searchSignatures({ ...search!, petitionId: petition.id })).toHaveLength(4);

    expect(await clearPetitionFlag(actor, petition.id, { reason: '' })).toMatchObject({ ok: false, errors: { reason: { key: 'required' } } });
    expect(await clearPetitionFlag(actor, petition.id, { reason: 'A union branch signed together from its office.' })).toMatchObject({ ok: true });
    const [cleared] = await db().select().from(petitions).where(eq(petitions.id, petition.id));
    expect(cleared).toMatchObject({ flaggedAt: null, flagReason: null });
    expect(await clearPetitionFlag(actor, petition.id, { reason: 'again' })).toMatchObject({ ok: false, errors: { form: { key: 'petitionNotFlagged' } } });

    const [line] = await listAuditLines({ entityId: petition.id, actorEmail: actor.email });
    expect(line).toMatchObject({ verb: 'clearFlag', name: petition.title });
    expect(line!.changes).toContainEqual({ field: 'clearedBecause', before: { kind: 'empty' }, after: { kind: 'text', text: 'A union branch signed together from its office.' } });

    // The spike just looked at does not raise the flag again within the hour; a new one does.
    await flagSuspiciousPetitions(3);
    expect((await db().select().from(petitions).where(eq(petitions.id, petition.id)))[0]!.flaggedAt).toBeNull();
    await signaturesFrom(petition.id, 4, { ipHash, domain, at: new Date(Date.now() + 1000) });
    await flagSuspiciousPetitions(3, new Date(Date.now() + 2000));
    expect((await db().select().from(petitions).where(eq(petitions.id, petition.id)))[0]!.flaggedAt).not.toBeNull();
  });
});

describe('the dashboard home', () => {
  it('lists what waits for a decision, what is running, and the latest changes', async () => {
    const flaggedPetition = await openedPetition(`Flagged ${unique()}`);
    await db().update(petitions).set({ flaggedAt: new Date(), flagReason: '250 signatures in an hour from one domain (wave.example)' }).where(eq(petitions.id, flaggedPetition.id));
    const running = await openedPetition(`Running ${unique()}`);
    await signaturesFrom(running.id, 3, { ipHash: `h-${unique()}`, domain: 'example.org', confirmed: true });
    await signaturesFrom(running.id, 2, { ipHash: `h-${unique()}`, domain: 'example.org', confirmed: true, at: new Date(Date.now() - 3 * 86_400_000) });

    const start = new Date(Date.now() + 20 * 86_400_000);
    const picket = (title: string, status: 'proposed' | 'approved') => ({
      id: randomUUID(),
      title,
      description: 'At the embassy.',
      country: 'DE',
      city: 'Berlin',
      venue: 'Embassy of Kazakhstan',
      address: 'Nordsternstraße 18',
      startsAt: start,
      endsAt: new Date(start.getTime() + 7_200_000),
      timeZone: 'Europe/Berlin',
      organiserName: 'Aigerim',
      organiserEmail: `p-${unique()}@example.org`,
      locale: 'en',
      proposalTokenHash: randomUUID(),
      proposalConfirmedAt: new Date(),
      status,
    });
    const proposal = picket(`Proposed ${unique()}`, 'proposed');
    const approved = { ...picket(`Approved ${unique()}`, 'approved'), capacity: 30 };
    await db().insert(pickets).values([proposal, approved, { ...picket(`Unconfirmed ${unique()}`, 'proposed'), proposalConfirmedAt: null }]);
    const rsvp = (status: 'confirmed' | 'waitlisted' | 'pending') => {
      const email = `r-${unique()}@example.org`;
      return { id: randomUUID(), picketId: approved.id, email, canonicalEmail: email, locale: 'en', status, confirmTokenHash: randomUUID(), cancelTokenHash: randomUUID() };
    };
    await db().insert(picketRsvps).values([rsvp('confirmed'), rsvp('confirmed'), rsvp('waitlisted'), rsvp('pending')]);
    await db().insert(mailMessages).values({ template: 'organiser-sign-in', locale: 'en', to: 'x@example.org', stream: 'transactional', from: 'Yntymaq <noreply@yntymaq.localhost>', status: 'failed' });

    const overview = await dashboardOverview();
    expect(overview.decide.proposals.map((p) => p.title)).toContain(proposal.title);
    expect(overview.decide.proposals.map((p) => p.title).some((t) => t.startsWith('Unconfirmed'))).toBe(false);
    expect(overview.decide.flagged).toContainEqual(expect.objectContaining({ id: flaggedPetition.id, flagReason: expect.stringContaining('wave.example') }));
    expect(overview.decide.failedMail.count).toBeGreaterThanOrEqual(1);
    expect(overview.running.petitions).toContainEqual(expect.objectContaining({ id: running.id, today: 3 }));
    expect(overview.running.pickets).toContainEqual(expect.objectContaining({ id: approved.id, attending: 2, waiting: 1, capacity: 30 }));
    expect(overview.running.pickets.map((p) => p.id)).not.toContain(proposal.id);
    expect(overview.latest[0]).toMatchObject({ entity: 'petitions', verb: 'open', name: running.title });
  });
});
