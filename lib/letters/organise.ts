import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { db } from '@/db/client';
import {
  embassies,
  letterActionOffices,
  letterActions,
  letterDeliveries,
  letterOffices,
  letters,
  letterTargetPauses,
  type LetterActionRow,
} from '@/db/schema';
import type { Tx } from '@/db/tx';
import { recordChange } from '@/lib/audit/log';
import { pagesChanged } from '@/lib/cache/tags';
import { echoValues, fieldError, fieldErrors, isUuid, type Done, type FieldError, type FieldErrors, type FormState } from '@/lib/forms/form-input';
import type { Actor } from '@/lib/actor';
import { unsuppress } from '@/lib/mail/suppression';
import { csvRow } from '@/lib/petitions/export';
import { countryName } from '@/lib/countries';
import { sendDigests } from './deliver';
import { actionSchema, handDeliverySchema, officeSchema } from './organise-forms';
import { firstName } from './mail';
import { embassyKey, loadTargets, officeKey, parseTargetKey, targetName, type Target } from './targets';

// What organisers do with letter actions, called by the dashboard's actions. Each change is one
// transaction with its audit entry; bad input comes back as field errors with what was typed.

function invalid(error: z.ZodError | FieldErrors, input: Record<string, unknown>): FormState {
  return { ok: false, errors: error instanceof Error ? fieldErrors(error) : error, values: echoValues(input) };
}

const GONE = { form: fieldError('letterActionGone') };

function isUniqueViolation(e: unknown): boolean {
  const cause = (e as { cause?: { code?: string } })?.cause ?? e;
  return (cause as { code?: string })?.code === '23505';
}

async function knownOffices(tx: Tx, ids: string[]): Promise<boolean> {
  if (ids.length === 0) return true;
  const rows = await tx.select({ id: letterOffices.id }).from(letterOffices).where(inArray(letterOffices.id, ids));
  return rows.length === new Set(ids).size;
}

class UnknownOffice extends Error {}

export async function createAction(actor: Actor, input: Record<string, unknown>): Promise<FormState> {
  const parsed = actionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const { offices, ...values } = parsed.data;
  try {
    return await db().transaction(async (tx) => {
      if (!(await knownOffices(tx, offices))) throw new UnknownOffice();
      const [row] = await tx.insert(letterActions).values(values).returning();
      if (offices.length) await tx.insert(letterActionOffices).values([...new Set(offices)].map((officeId) => ({ actionId: row!.id, officeId })));
      await recordChange(tx, actor, { action: 'create', entity: 'letter_actions', entityId: row!.id, caseId: row!.caseId, after: { ...row, offices } });
      return { ok: true, message: 'Letter action created as a draft.', done: { key: 'letterActionCreated' }, id: row!.id };
    });
  } catch (e) {
    if (e instanceof UnknownOffice) return invalid({ offices: fieldError('chooseOffices') }, input);
    if (isUniqueViolation(e)) return invalid({ slug: fieldError('letterActionSlugTaken') }, input);
    throw e;
  }
}

export async function updateAction(actor: Actor, id: string, input: Record<string, unknown>): Promise<FormState> {
  if (!isUuid(id)) return invalid(GONE, input);
  const parsed = actionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const { offices, ...values } = parsed.data;
  try {
    const done = await db().transaction(async (tx) => {
      const [before] = await tx.select().from(letterActions).where(eq(letterActions.id, id)).for('update');
      if (!before) return false;
      if (!(await knownOffices(tx, offices))) throw new UnknownOffice();
      const beforeOffices = (await tx.select({ id: letterActionOffices.officeId }).from(letterActionOffices).where(eq(letterActionOffices.actionId, id))).map((o) => o.id);
      const [after] = await tx.update(letterActions).set({ ...values, updatedAt: new Date() }).where(eq(letterActions.id, id)).returning();
      await tx.delete(letterActionOffices).where(eq(letterActionOffices.actionId, id));
      if (offices.length) await tx.insert(letterActionOffices).values([...new Set(offices)].map((officeId) => ({ actionId: id, officeId })));
      await recordChange(tx, actor, {
        action: 'update',
        entity: 'letter_actions',
        entityId: id,
        caseId: after!.caseId,
        before: { ...before, offices: beforeOffices.sort() },
        after: { ...after, offices: [...new Set(offices)].sort() },
      });
      return true;
    });
    if (!done) return invalid(GONE, input);
    pagesChanged('letters');
    return { ok: true, message: 'Letter action saved.', done: { key: 'letterActionSaved' } };
  } catch (e) {
    if (e instanceof UnknownOffice) return invalid({ offices: fieldError('chooseOffices') }, input);
    if (isUniqueViolation(e)) return invalid({ slug: fieldError('letterActionSlugTaken') }, input);
    throw e;
  }
}

async function setStatus(actor: Actor, id: string, status: LetterActionRow['status'], allowedFrom: LetterActionRow['status'][]) {
  if (!isUuid(id)) return { ok: false as const, error: fieldError('letterActionGone') };
  const outcome = await db().transaction(async (tx) => {
    const [before] = await tx.select().from(letterActions).where(eq(letterActions.id, id)).for('update');
    if (!before) return { ok: false as const, error: fieldError('letterActionGone') };
    if (!allowedFrom.includes(before.status)) return { ok: false as const, error: fieldError(status === 'open' ? 'letterActionOpenAlready' : 'letterActionNotOpen') };
    const [after] = await tx.update(letterActions).set({ status, updatedAt: new Date() }).where(eq(letterActions.id, id)).returning();
    await recordChange(tx, actor, { action: 'update', entity: 'letter_actions', entityId: id, caseId: before.caseId, before: { status: before.status }, after: { status: after!.status } });
    return { ok: true as const };
  });
  // The case page lists the open letter actions.
  if (outcome.ok) pagesChanged('letters');
  return outcome;
}

export const openAction = (actor: Actor, id: string) => setStatus(actor, id, 'open', ['draft', 'closed']);
export const closeAction = (actor: Actor, id: string) => setStatus(actor, id, 'closed', ['open']);

export async function listActionsForOrganisers() {
  const rows = await db().select().from(letterActions).orderBy(desc(letterActions.createdAt));
  const counts = await db()
    .select({ actionId: letterDeliveries.actionId, status: letterDeliveries.status, n: sql<number>`count(*)::int` })
    .from(letterDeliveries)
    .groupBy(letterDeliveries.actionId, letterDeliveries.status);
  return rows.map((r) => {
    const of = (status: string) => counts.find((c) => c.actionId === r.id && c.status === status)?.n ?? 0;
    return { ...r, queued: of('queued'), sent: of('sent') + of('delivered'), held: of('held') };
  });
}

export async function actionForOrganisers(id: string) {
  if (!isUuid(id)) return null;
  const [action] = await db().select().from(letterActions).where(eq(letterActions.id, id));
  if (!action) return null;
  const offices = (await db().select({ id: letterActionOffices.officeId }).from(letterActionOffices).where(eq(letterActionOffices.actionId, id))).map((o) => o.id);
  return { ...action, offices };
}

export type TargetState = Target & { checked: boolean; queued: number; sent: number; held: number; delivered: number };

/**
 * Every target of an action with what waits for it and what went: the action's offices, and each
 * embassy someone wrote to. A paused target shows why; an office without a checked address shows that.
 */
export async function targetStates(actionId: string): Promise<TargetState[]> {
  const action = await actionForOrganisers(actionId);
  if (!action) return [];
  const counts = await db()
    .select({ target: letterDeliveries.target, status: letterDeliveries.status, n: sql<number>`count(*)::int` })
    .from(letterDeliveries)
    .where(eq(letterDeliveries.actionId, actionId))
    .groupBy(letterDeliveries.target, letterDeliveries.status);
  const keys = [...new Set([...action.offices.map(officeKey), ...counts.map((c) => c.target)])];
  const targets = await loadTargets(db(), keys);
  const offices = await db().select({ id: letterOffices.id, email: letterOffices.email, checkedOn: letterOffices.checkedOn }).from(letterOffices).where(inArray(letterOffices.id, action.offices.length ? action.offices : ['00000000-0000-0000-0000-000000000000']));
  return keys
    .map((key) => targets.get(key))
    .filter((t): t is Target => t !== undefined)
    .map((t) => {
      const of = (status: string) => counts.find((c) => c.target === t.key && c.status === status)?.n ?? 0;
      const office = offices.find((o) => officeKey(o.id) === t.key);
      return { ...t, checked: t.kind === 'embassy' ? t.email !== null : Boolean(office?.checkedOn && office.email), queued: of('queued'), sent: of('sent'), held: of('held'), delivered: of('delivered') };
    });
}

/** Lets letters go to a paused target again, and lifts the bounce or complaint that paused it. */
export async function resumeTarget(actor: Actor, key: string): Promise<{ ok: true } | { ok: false; error: FieldError }> {
  if (!parseTargetKey(key)) return { ok: false, error: fieldError('chooseTarget') };
  return db().transaction(async (tx) => {
    const [pause] = await tx.delete(letterTargetPauses).where(eq(letterTargetPauses.target, key)).returning();
    if (!pause) return { ok: false, error: fieldError('targetNotPaused') };
    await unsuppress(pause.email, null, tx);
    await recordChange(tx, actor, { action: 'delete', entity: 'letter_target_pauses', entityId: key, before: pause });
    return { ok: true };
  });
}

/** Letters printed and handed in (at an embassy picket, say): they count as delivered, and are not mailed as well. */
export async function markDeliveredByHand(actor: Actor, actionId: string, input: Record<string, unknown>): Promise<FormState> {
  if (!isUuid(actionId)) return invalid(GONE, input);
  const parsed = handDeliverySchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const { target, deliveredOn, deliveryNote } = parsed.data;
  return db().transaction(async (tx) => {
    const [action] = await tx.select({ id: letterActions.id, caseId: letterActions.caseId }).from(letterActions).where(eq(letterActions.id, actionId)).for('update');
    if (!action) return invalid(GONE, input);
    const rows = await tx
      .update(letterDeliveries)
      .set({ status: 'delivered', sentAt: new Date(`${deliveredOn}T12:00:00Z`), deliveredNote: deliveryNote })
      .where(and(eq(letterDeliveries.actionId, actionId), eq(letterDeliveries.target, target), eq(letterDeliveries.status, 'queued')))
      .returning({ id: letterDeliveries.id });
    if (rows.length === 0) return invalid({ target: fieldError('noLettersWaiting') }, input);
    await recordChange(tx, actor, {
      action: 'update',
      entity: 'letter_deliveries',
      entityId: actionId,
      caseId: action.caseId,
      after: { target, deliveredOn, deliveryNote, letters: rows.length, status: 'delivered' },
    });
    return { ok: true, message: `${rows.length} letters marked delivered by hand.`, done: { key: 'lettersDeliveredByHand', values: { count: rows.length } } };
  });
}

/** Sends the digest of an action now instead of at the day's hour. */
export async function sendDigestNow(actor: Actor, actionId: string): Promise<{ ok: true; done: Done } | { ok: false; error: FieldError }> {
  const action = await actionForOrganisers(actionId);
  if (!action) return { ok: false, error: fieldError('letterActionGone') };
  if (action.mode !== 'digest') return { ok: false, error: fieldError('letterActionNotDigest') };
  const report = await sendDigests(db(), { actionId, force: true });
  await db().transaction((tx) =>
    recordChange(tx, actor, { action: 'update', entity: 'letter_digests', entityId: actionId, caseId: action.caseId, after: report }),
  );
  return { ok: true, done: { key: 'digestSent', values: { digests: report.digests, letters: report.letters } } };
}

export type DeliveryRecordRow = { target: string; status: string; sentOn: string; signature: string; country: string; city: string; body: string; note: string };

/**
 * The action's confirmed letters as the targets got (or will get) them: signed only as each writer
 * chose, never with their address. For the CSV export and the print page.
 */
export async function deliveryRecord(actionId: string, options: { target?: string } = {}): Promise<DeliveryRecordRow[]> {
  if (!isUuid(actionId)) return [];
  const rows = await db()
    .select({ delivery: letterDeliveries, letter: letters })
    .from(letterDeliveries)
    .innerJoin(letters, eq(letters.id, letterDeliveries.letterId))
    .where(and(eq(letterDeliveries.actionId, actionId), inArray(letterDeliveries.status, ['queued', 'sent', 'delivered']), options.target ? eq(letterDeliveries.target, options.target) : undefined))
    .orderBy(asc(letterDeliveries.target), asc(letterDeliveries.queuedAt));
  const targets = await loadTargets(db(), [...new Set(rows.map((r) => r.delivery.target))]);
  return rows.map(({ delivery, letter }) => {
    const name = letter.signAs === 'anonymous' ? '' : letter.signAs === 'full_name' ? letter.name : firstName(letter.name);
    const t = targets.get(delivery.target);
    return {
      target: t ? targetName(t, 'en') : delivery.target,
      status: delivery.status,
      sentOn: delivery.sentAt ? delivery.sentAt.toISOString().slice(0, 10) : '',
      signature: name,
      country: countryName(letter.country, 'en'),
      city: letter.signAs === 'full_name' ? (letter.city ?? '') : '',
      body: letter.body,
      note: delivery.deliveredNote ?? '',
    };
  });
}

/** The delivery record as CSV (BOM, CRLF, formulas neutralised, as the petitions' export); the export is audited. */
export async function exportLettersCsv(actor: Actor, actionId: string): Promise<string> {
  const rows = await deliveryRecord(actionId);
  await db().transaction((tx) => recordChange(tx, actor, { action: 'export', entity: 'letter_actions', entityId: actionId, after: { rows: rows.length } }));
  let csv = '\ufeff' + csvRow(['target', 'status', 'sent_on', 'signed', 'country', 'city', 'letter', 'note']);
  for (const r of rows) csv += csvRow([r.target, r.status, r.sentOn, r.signature, r.country, r.city, r.body, r.note]);
  return csv;
}

// ——— Offices ———

export async function listOffices() {
  return db().select().from(letterOffices).orderBy(asc(letterOffices.slug));
}

export async function saveOffice(actor: Actor, id: string | null, input: Record<string, unknown>): Promise<FormState> {
  if (id !== null && !isUuid(id)) return invalid({ form: fieldError('officeGone') }, input);
  const parsed = officeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  try {
    return await db().transaction(async (tx) => {
      if (id === null) {
        const [row] = await tx.insert(letterOffices).values(parsed.data).returning();
        await recordChange(tx, actor, { action: 'create', entity: 'letter_offices', entityId: row!.id, after: row });
        return { ok: true, message: 'Office added.', done: { key: 'officeAdded' }, id: row!.id };
      }
      const [before] = await tx.select().from(letterOffices).where(eq(letterOffices.id, id)).for('update');
      if (!before) return invalid({ form: fieldError('officeGone') }, input);
      const [after] = await tx.update(letterOffices).set({ ...parsed.data, updatedAt: new Date() }).where(eq(letterOffices.id, id)).returning();
      await recordChange(tx, actor, { action: 'update', entity: 'letter_offices', entityId: id, before, after });
      return { ok: true, message: 'Office saved.', done: { key: 'officeSaved' } };
    });
  } catch (e) {
    if (isUniqueViolation(e)) return invalid({ slug: fieldError('officeSlugTaken') }, input);
    throw e;
  }
}

/** Embassies as targets, for the hand-delivery form: those someone wrote to. */
export async function embassyTargetsOf(actionId: string) {
  const rows = await db().selectDistinct({ target: letterDeliveries.target }).from(letterDeliveries).where(eq(letterDeliveries.actionId, actionId));
  const ids = rows.map((r) => parseTargetKey(r.target)).filter((k) => k?.kind === 'embassy').map((k) => k!.id);
  if (ids.length === 0) return [];
  return (await db().select({ id: embassies.id, name: embassies.name, city: embassies.city }).from(embassies).where(inArray(embassies.id, ids))).map((e) => ({ key: embassyKey(e.id), ...e }));
}
