import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, cases, caseStatuses, citations, sources, timelineEvents } from '@/db/schema';
import { listChanges } from '@/lib/audit/log';
import { createCase, deleteCaseRecord, getCaseForEditing, saveCaseRecord, saveSource, updateCase } from '@/lib/cases/organise';
import type { Actor } from '@/lib/actor';
import { getCaseProfile, listCases } from '@/lib/cases/queries';
import { useTestDatabase } from '../support/database';
import { makeActor } from '../support/organisers';

useTestDatabase({ seed: true });

let actor: Actor;
let atabek: string;
beforeAll(async () => {
  actor = await makeActor('organiser');
  const [row] = await db().select({ id: cases.id }).from(cases).where(eq(cases.slug, 'aron-atabek'));
  atabek = row!.id;
});

const identity = (over: Record<string, unknown> = {}) => ({
  slug: 'new-person',
  published: 'on',
  name: { en: 'Nurlan Testov', ru: 'Нурлан Тестов' },
  summary: { en: 'A trade unionist.' },
  biography: { en: 'Born in Aktau.' },
  photoConsent: 'none',
  sources: [],
  ...over,
});

async function auditCount() {
  return (await db().select({ id: auditLog.id }).from(auditLog)).length;
}

describe('adding to a case’s status history and timeline', () => {
  it('shows a new status and timeline entry on the public profile at once, each with its audit entry', async () => {
    const status = await saveCaseRecord(actor, 'statuses', atabek, null, {
      status: 'released',
      since: '2030-01-02',
      sincePrecision: 'day',
      asOf: '2030-01-05',
      confirmed: 'on',
      note: { en: 'Released after a campaign.' },
      sources: [],
    });
    expect(status).toMatchObject({ ok: true });
    const event = await saveCaseRecord(actor, 'timeline', atabek, null, {
      occurredOn: '2030-01-02',
      precision: 'day',
      kind: 'release',
      title: { en: 'Released from prison', ru: 'Освобождён' },
      sources: [],
    });
    expect(event).toMatchObject({ ok: true });

    const profile = (await getCaseProfile('aron-atabek'))!;
    expect(profile.status).toMatchObject({ status: 'released', since: '2030-01-02', confirmed: true });
    expect(profile.timeline.at(-1)?.title).toEqual({ en: 'Released from prison', ru: 'Освобождён' });

    const changes = await listChanges({ caseId: atabek });
    expect(changes.slice(0, 2).map((c) => [c.entity, c.action, c.actorEmail])).toEqual([
      ['timeline_events', 'create', actor.email],
      ['case_statuses', 'create', actor.email],
    ]);
    expect(changes[1]!.after).toMatchObject({ status: 'released', since: '2030-01-02' });
  });

  it('records an edit with the record before and after', async () => {
    const [event] = await db().select().from(timelineEvents).where(eq(timelineEvents.caseId, atabek)).limit(1);
    const result = await saveCaseRecord(actor, 'timeline', atabek, event!.id, {
      occurredOn: event!.occurredOn,
      precision: event!.precision,
      kind: event!.kind,
      title: { en: 'A corrected title' },
      sources: [],
    });
    expect(result).toMatchObject({ ok: true });
    const [entry] = await listChanges({ entity: 'timeline_events', entityId: event!.id });
    expect(entry).toMatchObject({ action: 'update' });
    expect((entry!.before as { title: unknown }).title).toEqual(event!.title);
    expect((entry!.after as { title: unknown }).title).toEqual({ en: 'A corrected title' });
  });

  it('refuses dates out of order and an unknown status, with field errors and the typed values, saving nothing', async () => {
    const before = await auditCount();
    const statusesBefore = (await db().select().from(caseStatuses)).length;
    const result = await saveCaseRecord(actor, 'statuses', atabek, null, {
      status: 'vanished',
      since: '2030-02-01',
      sincePrecision: 'day',
      asOf: '2030-01-01',
      note: { en: 'kept' },
      sources: [],
    });
    expect(result).toMatchObject({ ok: false, errors: { status: { key: 'unknownStatus' } }, values: { status: 'vanished', 'note.en': 'kept' } });

    const order = await saveCaseRecord(actor, 'statuses', atabek, null, {
      status: 'imprisoned',
      since: '2030-02-01',
      sincePrecision: 'day',
      asOf: '2030-01-01',
      sources: [],
    });
    expect(order).toMatchObject({ ok: false, errors: { asOf: { key: 'statusDates' } } });

    const detention = await saveCaseRecord(actor, 'detentions', atabek, null, {
      facility: { en: 'Colony' },
      fromDate: '2020-05-01',
      toDate: '2019-01-01',
      lettersReach: 'unknown',
      sources: [],
    });
    expect(detention).toMatchObject({ ok: false, errors: { toDate: { key: 'detentionDates' } } });
    expect((await db().select().from(caseStatuses)).length).toBe(statusesBefore);
    expect(await auditCount()).toBe(before);
  });

  it('needs English for a translated text, and keeps the other languages when given', async () => {
    const result = await saveCaseRecord(actor, 'timeline', atabek, null, {
      occurredOn: '2030-03-01',
      precision: 'month',
      kind: 'statement',
      title: { ru: 'Только по-русски' },
      sources: [],
    });
    expect(result).toMatchObject({ ok: false, errors: { 'title.en': { key: 'englishRequired' } } });
  });

  it('cites sources, and refuses an unknown one without saving the record', async () => {
    const [source] = await db().select().from(sources).limit(1);
    const ok = await saveCaseRecord(actor, 'charges', atabek, null, {
      code: { en: 'Criminal Code' },
      article: '174',
      label: { en: 'Inciting discord' },
      sources: [source!.id],
    });
    expect(ok).toMatchObject({ ok: true });
    if (!ok?.ok) throw new Error('unreachable');
    expect(await db().select().from(citations).where(eq(citations.subjectId, ok.id!))).toHaveLength(1);

    const before = await auditCount();
    const bad = await saveCaseRecord(actor, 'charges', atabek, null, {
      code: { en: 'Criminal Code' },
      label: { en: 'Never saved' },
      sources: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(bad).toMatchObject({ ok: false, errors: { sources: { key: 'unknownSource' } } });
    const profile = (await getCaseProfile('aron-atabek'))!;
    expect(profile.charges.some((c) => c.label.en === 'Never saved')).toBe(false);
    expect(await auditCount()).toBe(before);
  });

  it('does not let a record of one case be edited through another', async () => {
    const [other] = await db().select().from(cases).where(eq(cases.slug, 'nurbek-kushakbayev'));
    const [status] = await db().select().from(caseStatuses).where(eq(caseStatuses.caseId, atabek)).limit(1);
    const result = await saveCaseRecord(actor, 'statuses', other!.id, status!.id, {
      status: 'released',
      sincePrecision: 'day',
      asOf: '2030-01-01',
      sources: [],
    });
    expect(result).toMatchObject({ ok: false, errors: { form: { key: 'recordGone' } } });
  });

  it('deletes a record with its citations, recording what it was', async () => {
    const [status] = await db().select().from(caseStatuses).where(eq(caseStatuses.caseId, atabek)).limit(1);
    expect(await deleteCaseRecord(actor, 'statuses', atabek, status!.id)).toMatchObject({ ok: true });
    expect(await db().select().from(citations).where(eq(citations.subjectId, status!.id))).toEqual([]);
    const [entry] = await listChanges({ entityId: status!.id });
    expect(entry).toMatchObject({ action: 'delete', after: null, before: { status: status!.status } });
  });
});

describe('creating and editing a case', () => {
  it('creates a draft that the public list does not show until it is published', async () => {
    const created = await createCase(actor, identity({ slug: 'draft-person', published: undefined }));
    expect(created).toMatchObject({ ok: true });
    expect((await listCases('en')).some((c) => c.slug === 'draft-person')).toBe(false);
    if (!created?.ok) throw new Error('unreachable');
    expect(await updateCase(actor, created.id!, identity({ slug: 'draft-person' }))).toMatchObject({ ok: true });
    expect((await listCases('en')).some((c) => c.slug === 'draft-person')).toBe(true);
  });

  it('makes every display name searchable, in any script', async () => {
    await createCase(actor, identity({ slug: 'searchable-person' }));
    expect((await listCases('en', { q: 'Тестов' })).map((c) => c.slug)).toContain('searchable-person');
  });

  it('refuses a slug another case has, with a field error', async () => {
    const result = await createCase(actor, identity({ slug: 'aron-atabek' }));
    expect(result).toMatchObject({ ok: false, errors: { slug: { key: 'caseSlugTaken' } }, values: { slug: 'aron-atabek', 'name.en': 'Nurlan Testov' } });
    const renamed = await updateCase(actor, atabek, identity({ slug: 'nurbek-kushakbayev' }));
    expect(renamed).toMatchObject({ ok: false, errors: { slug: { key: 'caseSlugTaken' } } });
    expect((await getCaseForEditing(atabek))?.case.slug).toBe('aron-atabek');
  });

  it('refuses a slug that is not one', async () => {
    expect(await createCase(actor, identity({ slug: 'Aron Atabek!' }))).toMatchObject({ ok: false, errors: { slug: { key: 'slug', values: { example: 'nurbek-kushakbayev' } } } });
  });

  it('adds a spelling with its search key, and refuses the same spelling twice', async () => {
    expect(await saveCaseRecord(actor, 'names', atabek, null, { name: 'Арон Атабеков', language: 'ru', kind: 'alias' })).toMatchObject({ ok: true });
    expect((await listCases('en', { q: 'atabekov' })).map((c) => c.slug)).toEqual(['aron-atabek']);
    expect(await saveCaseRecord(actor, 'names', atabek, null, { name: 'Арон Атабеков', language: 'ru', kind: 'alias' })).toMatchObject({
      ok: false,
      errors: { name: { key: 'spellingTaken' } },
    });
  });

  it('stores side penalties typed one per line, per language', async () => {
    const result = await saveCaseRecord(actor, 'sentences', atabek, null, {
      sentencedOn: '2007-01-01',
      sentencedOnPrecision: 'year',
      termMonths: '216',
      penalties: { en: 'Confiscation\nTravel ban', ru: 'Конфискация' },
      expectedRelease: '2025-01-01',
      sources: [],
    });
    expect(result).toMatchObject({ ok: true });
    const profile = (await getCaseProfile('aron-atabek'))!;
    expect(profile.sentences.at(-1)?.additionalPenalties).toEqual([{ en: 'Confiscation', ru: 'Конфискация' }, { en: 'Travel ban' }]);
  });

  it('adds a source with a web address, and refuses one that is not', async () => {
    expect(await saveSource(actor, null, { title: 'Report', publisher: 'HRW', url: 'https://example.org/r' })).toMatchObject({ ok: true });
    expect(await saveSource(actor, null, { title: 'Report', publisher: 'HRW', url: 'javascript:alert(1)' })).toMatchObject({
      ok: false,
      errors: { url: { key: 'webAddress' } },
    });
  });
});
