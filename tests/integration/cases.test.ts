import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { cases, caseStatuses, demoSeeds, petitions } from '@/db/schema';
import { seedDemoContent } from '@/db/seed';
import { insertCase, insertSources } from '@/db/seed/insert';
import { caseTotals, getCampaignPage, getCaseProfile, listCases } from '@/lib/cases/queries';
import { useTestDatabase } from '../support/database';

useTestDatabase({ seed: true });

const slugs = (list: { slug: string }[]) => list.map((c) => c.slug);

describe('the seeded cases', () => {
  it('lists the four people, by name', async () => {
    expect(slugs(await listCases('en'))).toEqual(['amin-yeleusinov', 'aron-atabek', 'erzhan-elshibayev', 'nurbek-kushakbayev']);
  });

  it('finds a person by any stored spelling, in any script', async () => {
    for (const q of ['Кушакбаев', 'Kushakbaev', 'kashakbayev', 'Qushaqbaev', 'nurbek', 'KUSHAKBAYEV nurbek']) {
      expect(slugs(await listCases('en', { q })), q).toEqual(['nurbek-kushakbayev']);
    }
    expect(slugs(await listCases('en', { q: 'Едигеев' }))).toEqual(['aron-atabek']);
    expect(slugs(await listCases('en', { q: 'Елеусинов' }))).toEqual(['amin-yeleusinov']);
    expect(slugs(await listCases('en', { q: 'Елшібаев' }))).toEqual(['erzhan-elshibayev']);
  });

  it('finds nobody for text that is no name, without error', async () => {
    expect(await listCases('en', { q: "'; drop table cases; --" })).toEqual([]);
    expect(await listCases('en', { q: 'Ж'.repeat(10_000) })).toEqual([]);
  });

  it('filters by the current status', async () => {
    expect(slugs(await listCases('en', { status: 'deceased' }))).toEqual(['aron-atabek']);
    expect(slugs(await listCases('en', { status: 'paroled' }))).toEqual(['amin-yeleusinov', 'nurbek-kushakbayev']);
    expect(slugs(await listCases('en', { status: 'imprisoned' }))).toEqual(['erzhan-elshibayev']);
  });

  it('counts people held, out and dead from their current status', async () => {
    expect(await caseTotals()).toEqual({ held: 1, free: 2, died: 1 });
  });

  it('keeps Elshibayev’s status marked as not confirmed, with its date', async () => {
    const profile = await getCaseProfile('erzhan-elshibayev');
    expect(profile?.status).toMatchObject({ status: 'imprisoned', confirmed: false, asOf: '2021-12-15' });
  });

  it('keeps the whole status history of Atabek, ending in his death', async () => {
    const profile = (await getCaseProfile('aron-atabek'))!;
    expect(profile.statusHistory.map((s) => s.status)).toEqual(['pre_trial', 'imprisoned', 'restricted_freedom', 'deceased']);
    expect(profile.status?.status).toBe('deceased');
    expect(profile.detentions.length).toBeGreaterThanOrEqual(4);
  });

  it('backs every fact of every profile with at least one source', async () => {
    for (const { slug } of await listCases('en')) {
      const p = (await getCaseProfile(slug))!;
      const facts = [
        ...p.statusHistory.map((s) => ['status', s.id] as const),
        ...p.charges.map((c) => ['charge', c.id] as const),
        ...p.sentences.map((s) => ['sentence', s.id] as const),
        ...p.detentions.map((d) => ['detention', d.id] as const),
        ...p.timeline.map((t) => ['timeline', t.id] as const),
      ];
      for (const [subject, id] of facts) expect(p.cited(subject, id), `${slug} ${subject}`).not.toEqual([]);
      expect(p.sources.length).toBeGreaterThan(0);
    }
  });

  it('has the Zhanaozen page with its timeline and sources', async () => {
    const page = (await getCampaignPage('zhanaozen-2011'))!;
    expect(page.timeline.some((e) => e.occurredOn === '2011-12-16')).toBe(true);
    expect(page.sources.length).toBeGreaterThan(0);
  });

  it('seeds only once', async () => {
    expect(await seedDemoContent(db())).toBe('skipped');
  });

  it('adds a part of the demo content that is new since the last start, and never brings back one emptied since', async () => {
    const count = async () => (await db().select({ id: petitions.id }).from(petitions)).length;
    const seeded = await count();
    expect(seeded).toBeGreaterThan(0);

    // As a platform started before petitions existed: no petitions, no record of seeding them.
    await db().delete(petitions);
    await db().delete(demoSeeds).where(eq(demoSeeds.part, 'petitions'));
    expect(await seedDemoContent(db())).toBe('seeded');
    expect(await count()).toBe(seeded);

    // As organisers deleting every petition: they stay deleted.
    await db().delete(petitions);
    expect(await seedDemoContent(db())).toBe('skipped');
    expect(await count()).toBe(0);
  });
});

describe('profiles', () => {
  it('are not shown while unpublished', async () => {
    const [atabek] = await db().select().from(cases).where(eq(cases.slug, 'aron-atabek'));
    await db().update(cases).set({ published: false }).where(eq(cases.id, atabek!.id));
    try {
      expect(await getCaseProfile('aron-atabek')).toBeNull();
      expect(slugs(await listCases('en'))).not.toContain('aron-atabek');
    } finally {
      await db().update(cases).set({ published: true }).where(eq(cases.id, atabek!.id));
    }
  });

  it('take as current the status that began last', async () => {
    const id = await db().transaction(async (tx) => {
      const cite = await insertSources(tx, [{ key: 's', title: 'Test source', publisher: 'Test' }]);
      return insertCase(tx, cite, {
        slug: 'test-person',
        name: { en: 'Test Person' },
        summary: { en: 'Only in English.' },
        biography: { en: 'Only in English.' },
        sources: ['s'],
        names: [],
        statuses: [
          { status: 'imprisoned', since: '2020-01-01', asOf: '2023-01-01', sources: ['s'] },
          { status: 'released', since: '2022-06-01', asOf: '2022-06-01', sources: ['s'] },
        ],
        charges: [],
        sentences: [],
        detentions: [],
        timeline: [],
      });
    });
    const profile = (await getCaseProfile('test-person'))!;
    expect(profile.status?.status).toBe('released');
    expect(slugs(await listCases('en', { q: 'test person' }))).toEqual(['test-person']);
    await db().delete(caseStatuses).where(eq(caseStatuses.caseId, id));
    await db().delete(cases).where(eq(cases.id, id));
  });
});
