import {
  campaigns,
  caseNames,
  cases,
  caseStatuses,
  charges,
  citations,
  detentions,
  petitions,
  sentences,
  sources,
  timelineEvents,
  type CitationSubject,
} from '@/db/schema';
import type { Tx } from '@/db/tx';
import { detectScript, nameKey } from '@/lib/cases/name-search';
import type { CampaignSeed, CaseSeed, PetitionSeed, SourceKey, SourceSeed, TimelineSeed } from './types';

type Citer = (subject: CitationSubject, subjectId: string, keys: SourceKey[]) => Promise<void>;

/** Inserts the sources and returns a function that cites them by key. */
export async function insertSources(tx: Tx, list: SourceSeed[]): Promise<Citer> {
  const ids = new Map<SourceKey, string>();
  for (const { key, ...source } of list) {
    const [row] = await tx.insert(sources).values(source).returning({ id: sources.id });
    ids.set(key, row!.id);
  }
  return async (subject, subjectId, keys) => {
    if (keys.length === 0) return;
    const values = keys.map((key) => {
      const sourceId = ids.get(key);
      if (!sourceId) throw new Error(`Seed cites an unknown source: ${key}`);
      return { sourceId, subject, subjectId };
    });
    await tx.insert(citations).values(values).onConflictDoNothing();
  };
}

async function insertTimeline(tx: Tx, cite: Citer, owner: { caseId: string } | { campaignId: string }, list: TimelineSeed[]) {
  for (const { on, sources: keys, ...event } of list) {
    const [row] = await tx
      .insert(timelineEvents)
      .values({ ...owner, ...event, occurredOn: on })
      .returning({ id: timelineEvents.id });
    await cite('timeline', row!.id, keys);
  }
}

export async function insertCase(tx: Tx, cite: Citer, seed: CaseSeed, published = true): Promise<string> {
  const [row] = await tx
    .insert(cases)
    .values({
      slug: seed.slug,
      name: seed.name,
      summary: seed.summary,
      biography: seed.biography,
      occupation: seed.occupation,
      affiliation: seed.affiliation,
      howToHelp: seed.howToHelp,
      birthYear: seed.birthYear,
      birthName: seed.birthName,
      photoPath: seed.photo?.path,
      photoCredit: seed.photo?.credit,
      photoConsent: seed.photo?.consent ?? 'none',
      published,
    })
    .returning({ id: cases.id });
  const caseId = row!.id;
  await cite('case', caseId, seed.sources);

  // The display names in every locale are searchable too, whether or not the seed lists them.
  const names = new Map(seed.names.map((n) => [n.name, n]));
  for (const [language, name] of Object.entries(seed.name)) {
    if (name && !names.has(name)) names.set(name, { name, language: language as 'en' | 'ru' | 'kk', kind: 'primary' });
  }
  await tx.insert(caseNames).values(
    [...names.values()].map((n) => ({
      caseId,
      name: n.name,
      language: n.language,
      kind: n.kind,
      script: detectScript(n.name),
      searchKey: nameKey(n.name),
    })),
  );

  for (const { sources: keys, ...status } of seed.statuses) {
    const [s] = await tx.insert(caseStatuses).values({ caseId, ...status }).returning({ id: caseStatuses.id });
    await cite('status', s!.id, keys);
  }
  for (const [position, { sources: keys, ...charge }] of seed.charges.entries()) {
    const [c] = await tx.insert(charges).values({ caseId, position, ...charge }).returning({ id: charges.id });
    await cite('charge', c!.id, keys);
  }
  for (const { sources: keys, ...sentence } of seed.sentences) {
    const [s] = await tx.insert(sentences).values({ caseId, ...sentence }).returning({ id: sentences.id });
    await cite('sentence', s!.id, keys);
  }
  for (const [position, { sources: keys, ...detention }] of seed.detentions.entries()) {
    const [d] = await tx.insert(detentions).values({ caseId, position, ...detention }).returning({ id: detentions.id });
    await cite('detention', d!.id, keys);
  }
  await insertTimeline(tx, cite, { caseId }, seed.timeline);
  return caseId;
}

export async function insertCampaign(tx: Tx, cite: Citer, seed: CampaignSeed): Promise<string> {
  const [row] = await tx
    .insert(campaigns)
    .values({ slug: seed.slug, title: seed.title, summary: seed.summary, body: seed.body, published: true })
    .returning({ id: campaigns.id });
  await cite('campaign', row!.id, seed.sources);
  await insertTimeline(tx, cite, { campaignId: row!.id }, seed.timeline);
  return row!.id;
}

/** Inserts an open petition; `caseIds` maps the seed's case slugs to the inserted cases. */
export async function insertPetition(tx: Tx, caseIds: Map<string, string>, seed: PetitionSeed): Promise<string> {
  const { caseSlug, ...petition } = seed;
  const caseId = caseSlug === null ? null : caseIds.get(caseSlug);
  if (caseId === undefined) throw new Error(`Petition ${seed.slug} names an unknown case: ${caseSlug}`);
  const [row] = await tx
    .insert(petitions)
    .values({ ...petition, caseId, status: 'open', opensAt: new Date() })
    .returning({ id: petitions.id });
  return row!.id;
}
