// What integration tests build again and again, built one way: a fresh address, a petition of the
// test's own, a confirmed signer, an approved picket, a confirmed subscriber, a published update; and `until`, to wait
// for a worker. Each goes through the domain functions (never straight into the tables), so a
// builder breaks when the rule it leans on changes, like the test that uses it.
import { and, eq, like, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { db } from '@/db/client';
import { cases, mailMessages, petitions, signatures, type PetitionRow, type SignatureRow } from '@/db/schema';
import type { Actor } from '@/lib/actor';
import { canonicalEmail } from '@/lib/email-address/canonical';
import { confirmSignature } from '@/lib/petitions/confirm';
import { createPetition, openPetition } from '@/lib/petitions/organise';
import { signPetition } from '@/lib/petitions/sign';
import { signatureToken } from '@/lib/petitions/tokens';
import { approvePicket } from '@/lib/pickets/organise';
import { confirmProposal, proposePicket } from '@/lib/pickets/propose';
import { picketToken } from '@/lib/pickets/tokens';
import { confirmSubscription, subscribe } from '@/lib/subscriptions/subscribe';
import { formInput } from '@/lib/forms/form-input';
import { publishUpdate, saveUpdate } from '@/lib/updates/organise';
import { makeActor } from './organisers';
import { uniqueEmail } from './unique-email';

export { uniqueEmail } from './unique-email';

/** Waits until `check` holds, looking every `everyMs`; fails naming `what` after `timeoutMs`. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 20_000, what = 'condition', everyMs = 100): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export async function caseIdOf(slug: string): Promise<string> {
  const [row] = await db().select({ id: cases.id }).from(cases).where(eq(cases.slug, slug));
  return row!.id;
}

let petitionCounter = 0;

/** A petition of the test's own (so tests do not see each other's signatures), opened unless a draft. */
export async function aPetition(actor: Actor, status: 'open' | 'draft' = 'open'): Promise<PetitionRow> {
  petitionCounter += 1;
  const created = await createPetition(actor, {
    slug: `test-petition-${petitionCounter}-${Date.now()}`,
    target: { en: 'The Prosecutor General' },
    title: { en: 'A test petition', ru: 'Тестовая петиция' },
    summary: { en: 'Summary' },
    body: { en: 'Body' },
    goal: 10,
  });
  if (!created?.ok || !created.id) throw new Error(JSON.stringify(created));
  if (status === 'open') {
    const opened = await openPetition(actor, created.id);
    if (!opened.ok) throw new Error(opened.error.key);
  }
  const [row] = await db().select().from(petitions).where(eq(petitions.id, created.id));
  return row!;
}

/** Signs `slug` through the public form's rules and follows the confirmation link; the signature as stored. */
export async function aConfirmedSigner(
  slug: string,
  signer: { name?: string; email?: string; country?: string; locale?: string; publicName?: boolean; wantsUpdates?: boolean } = {},
  ip = '198.51.100.77',
): Promise<SignatureRow> {
  const email = signer.email ?? uniqueEmail('signer');
  const form = { name: 'Aigul Serikova', country: 'KZ', locale: 'en', ...signer, email };
  expect(await signPetition(slug, form, { ip })).toEqual({ ok: true });
  const [pending] = await db()
    .select()
    .from(signatures)
    .innerJoin(petitions, eq(petitions.id, signatures.petitionId))
    .where(and(eq(petitions.slug, slug), eq(signatures.canonicalEmail, canonicalEmail(email))));
  expect(await confirmSignature(signatureToken('confirm', pending!.signatures.id))).toMatchObject({ status: 'confirmed' });
  const [row] = await db().select().from(signatures).where(eq(signatures.id, pending!.signatures.id));
  return row!;
}

/** A picket proposed with `proposal`, confirmed by its proposer and approved by an organiser; its id. */
export async function anApprovedPicket(proposal: Record<string, unknown>, actor?: Actor): Promise<string> {
  const outcome = await proposePicket(proposal);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  await confirmProposal(picketToken('proposal', outcome.id));
  const approved = await approvePicket(actor ?? (await makeActor()), outcome.id);
  if (!approved.ok) throw new Error(approved.error);
  return outcome.id;
}

/** The token of the newest subscription confirmation mailed to `email`, read from the queued mail (as the person would click it). */
export async function confirmTokenFor(email: string): Promise<string> {
  const rows = await db()
    .select({ props: mailMessages.props })
    .from(mailMessages)
    .where(and(eq(mailMessages.to, email), eq(mailMessages.template, 'confirm-subscription')))
    .orderBy(sql`${mailMessages.createdAt} desc`)
    .limit(1);
  const url = new URL(String(rows[0]!.props.confirmUrl));
  return url.searchParams.get('token')!;
}

/** `email` subscribed to `caseKey` (a case's slug, or `all`) and confirmed from the mail. */
export async function aSubscriber(email: string, caseKey: string, language: 'en' | 'ru' | 'kk' = 'en'): Promise<void> {
  expect(await subscribe({ email, language, case: caseKey })).toEqual({ ok: true });
  expect(await confirmSubscription(await confirmTokenFor(email), language)).toMatchObject({ status: 'confirmed' });
}

/** The fields as the dashboard's update form posts them (`title.en` …), parsed as the action does. */
export function updateForm(flat: Record<string, string>): Record<string, unknown> {
  const data = new FormData();
  for (const [k, v] of Object.entries(flat)) data.set(k, v);
  return formInput(data);
}

/** A draft update saved by `actor`; its id. */
export async function aDraftUpdate(actor: Actor, input: Record<string, string>): Promise<string> {
  const result = await saveUpdate(actor, null, updateForm(input));
  expect(result).toMatchObject({ ok: true });
  return (result as { id: string }).id;
}

/** An update published now by a fresh organiser; its id. */
export async function aPublishedUpdate(input: Record<string, string>): Promise<string> {
  const actor = await makeActor();
  const id = await aDraftUpdate(actor, input);
  expect(await publishUpdate(actor, id, { when: 'now' })).toMatchObject({ ok: true });
  return id;
}

/** The outbox messages one update's fan-out queued. */
export function updateMessages(updateId: string) {
  return db()
    .select({ to: mailMessages.to, locale: mailMessages.locale, props: mailMessages.props, status: mailMessages.status, headers: mailMessages.headers })
    .from(mailMessages)
    .where(like(mailMessages.idempotencyKey, `case-update:${updateId}:%`));
}
