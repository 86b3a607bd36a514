import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { caseUpdates, cases, petitions, pickets, type CaseUpdateRow } from '@/db/schema';
import { recordChange } from '@/lib/audit/log';
import { changingPages } from '@/lib/cache/tags';
import { echoValues, fieldError, fieldErrors, type FieldError, type FieldErrors, type FormState } from '@/lib/forms/form-input';
import type { Actor } from '@/lib/actor';
import { locales } from '@/lib/i18n/locales';
import { enqueueMail } from '@/lib/mail/enqueue';
import { publishForm, updateForm } from './forms';
import { enqueueFanout } from './jobs';
import { updateMailProps } from './mail';

/** How far ahead the clock of the organiser's browser may lag: "now" typed a minute ago is still now. */
const PAST_GRACE_MS = 60_000;

/**
 * What the audit log keeps of an update: what organisers wrote and decided. The fan-out's cursor
 * and finish time are the machine's progress, written page by page; they stay out of the log.
 */
function auditable(row: CaseUpdateRow) {
  const { title, body, caseId, petitionId, picketId, status, publishAt, publishedAt } = row;
  return { title, body, caseId, petitionId, picketId, status, publishAt, publishedAt };
}

function invalid(raw: Record<string, unknown>, errors: FieldErrors): FormState {
  return { ok: false, errors, values: echoValues(raw) };
}

async function picketStatusOf(picketId: string) {
  const [found] = await db().select({ status: pickets.status }).from(pickets).where(eq(pickets.id, picketId));
  return found?.status ?? null;
}

/**
 * Only an approved picket has a public page to send readers to; a proposal is not public yet.
 * `publishing`: said of the draft's saved link, when it is published.
 */
function picketLinkRefusal(status: string | null, publishing = false): FieldError | null {
  if (status === null) return fieldError(publishing ? 'publishPicketGone' : 'picketGone');
  if (status !== 'approved') return fieldError(publishing ? 'publishPicketNotApproved' : 'picketNotApproved', { status });
  return null;
}

/** Creates a draft (`updateId` null) or edits one that is not published yet; one audit entry each. */
export async function saveUpdate(actor: Actor, updateId: string | null, raw: Record<string, unknown>): Promise<FormState> {
  const parsed = updateForm.safeParse(raw);
  if (!parsed.success) return invalid(raw, fieldErrors(parsed.error));
  const input = parsed.data;
  const caseId = input.case === 'campaign' ? null : input.case;
  if (caseId) {
    const [found] = await db().select({ id: cases.id }).from(cases).where(eq(cases.id, caseId));
    if (!found) return invalid(raw, { case: fieldError('caseGone') });
  }
  if (input.link?.kind === 'petition') {
    const [found] = await db().select({ id: petitions.id }).from(petitions).where(eq(petitions.id, input.link.id));
    if (!found) return invalid(raw, { link: fieldError('linkedPetitionGone') });
  }
  if (input.link?.kind === 'picket') {
    const refusal = picketLinkRefusal(await picketStatusOf(input.link.id));
    if (refusal) return invalid(raw, { link: refusal });
  }
  const values = {
    caseId,
    title: input.title!,
    body: input.body!,
    petitionId: input.link?.kind === 'petition' ? input.link.id : null,
    picketId: input.link?.kind === 'picket' ? input.link.id : null,
    updatedAt: new Date(),
  };
  return db().transaction(async (tx) => {
    if (updateId === null) {
      const [row] = await tx.insert(caseUpdates).values({ ...values, createdBy: actor.email }).returning();
      await recordChange(tx, actor, { action: 'create', entity: 'case_updates', entityId: row!.id, caseId, after: auditable(row!) });
      return { ok: true, message: 'Draft saved.', done: { key: 'draftSaved' }, id: row!.id };
    }
    const [before] = await tx.select().from(caseUpdates).where(eq(caseUpdates.id, updateId)).for('update');
    if (!before) return invalid(raw, { form: fieldError('updateGone') });
    if (before.status === 'published') return invalid(raw, { form: fieldError('updatePublished') });
    const [after] = await tx.update(caseUpdates).set(values).where(eq(caseUpdates.id, updateId)).returning();
    await recordChange(tx, actor, { action: 'update', entity: 'case_updates', entityId: updateId, caseId, before: auditable(before), after: auditable(after!) });
    return { ok: true, message: 'Saved.', done: { key: 'saved' }, id: updateId };
  });
}

/**
 * Publishes a draft now, or schedules it. Returns at once: the update row and one queued job, in
 * one transaction; the job sends the mail (lib/updates/fanout.ts). Publishing now shows the update
 * on the site in the same instant.
 */
export async function publishUpdate(actor: Actor, updateId: string, raw: Record<string, unknown>, now = new Date()): Promise<FormState> {
  const parsed = publishForm.safeParse(raw);
  if (!parsed.success) return invalid(raw, fieldErrors(parsed.error));
  const at = parsed.data.when === 'now' ? now : parsed.data.publishAt;
  if (at.getTime() < now.getTime() - PAST_GRACE_MS) return invalid(raw, { publishAt: fieldError('publishAtPassed') });
  // Published now: the update shows on the lists and the profile at once. Scheduled: the pages'
  // time bound (PAGE_REVALIDATE_SECONDS) shows it once its time has come.
  return changingPages(['updates'], db().transaction(async (tx): Promise<FormState> => {
    const [before] = await tx.select().from(caseUpdates).where(eq(caseUpdates.id, updateId)).for('update');
    if (!before) return invalid(raw, { form: fieldError('updateGone') });
    if (before.status === 'published') return invalid(raw, { form: fieldError('alreadyPublished') });
    // The picket may have been cancelled since the draft was saved: do not mail people to it.
    const refusal = before.picketId ? picketLinkRefusal(await picketStatusOf(before.picketId), true) : null;
    if (refusal) return invalid(raw, { form: refusal });
    const publishNow = at.getTime() <= now.getTime();
    const [after] = await tx
      .update(caseUpdates)
      .set(
        publishNow
          ? { status: 'published', publishAt: at, publishedAt: at, updatedAt: now }
          : { status: 'scheduled', publishAt: at, updatedAt: now },
      )
      .where(eq(caseUpdates.id, updateId))
      .returning();
    await recordChange(tx, actor, { action: 'update', entity: 'case_updates', entityId: updateId, caseId: before.caseId, before: auditable(before), after: auditable(after!) });
    await enqueueFanout(tx, updateId, at);
    return {
      ok: true,
      message: publishNow ? 'Published: the emails are being sent.' : `Scheduled for ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
      done: publishNow ? { key: 'published' } : { key: 'scheduled', values: { at } },
      id: updateId,
    };
  }));
}

/** Takes a scheduled update back to a draft; its queued job finds it a draft and does nothing. */
export async function unscheduleUpdate(actor: Actor, updateId: string): Promise<void> {
  await db().transaction(async (tx) => {
    const [before] = await tx.select().from(caseUpdates).where(and(eq(caseUpdates.id, updateId), eq(caseUpdates.status, 'scheduled'))).for('update');
    if (!before) return;
    const [after] = await tx.update(caseUpdates).set({ status: 'draft', publishAt: null, updatedAt: new Date() }).where(eq(caseUpdates.id, updateId)).returning();
    await recordChange(tx, actor, { action: 'update', entity: 'case_updates', entityId: updateId, caseId: before.caseId, before: auditable(before), after: auditable(after!) });
  });
}

/**
 * Deletes a draft, with one audit entry that keeps what it said. A published update has been read
 * and mailed: it cannot be deleted this way; a scheduled one goes back to a draft first.
 */
export async function deleteDraftUpdate(actor: Actor, updateId: string): Promise<{ ok: true } | { ok: false; error: FieldError }> {
  return db().transaction(async (tx) => {
    const [before] = await tx.select().from(caseUpdates).where(eq(caseUpdates.id, updateId)).for('update');
    if (!before) return { ok: false, error: fieldError('updateGone') };
    if (before.status === 'published') return { ok: false, error: fieldError('publishedUpdateKept') };
    if (before.status === 'scheduled') return { ok: false, error: fieldError('unscheduleFirst') };
    await tx.delete(caseUpdates).where(eq(caseUpdates.id, updateId));
    await recordChange(tx, actor, { action: 'delete', entity: 'case_updates', entityId: updateId, caseId: before.caseId, before: auditable(before) });
    return { ok: true };
  });
}

/**
 * Sends the update's email to the organiser, once in each language it is written in, as a
 * subscriber would get it (without the unsubscribe footer: it is not list mail).
 */
export async function sendTestUpdate(actor: Actor, update: CaseUpdateRow): Promise<number> {
  const written = locales.filter((l) => update.title[l]);
  await db().transaction(async (tx) => {
    for (const locale of written) {
      await enqueueMail(tx, { template: 'case-update', to: actor.email, locale, props: await updateMailProps(tx, update, locale) });
    }
  });
  return written.length;
}
