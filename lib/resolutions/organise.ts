import { asc, desc, eq, inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { cases, resolutionCases, resolutions } from '@/db/schema';
import { recordChange } from '@/lib/audit/log';
import { pagesChanged } from '@/lib/cache/tags';
import { echoValues, fieldError, fieldErrors, isUuid, type FieldError, type FormState } from '@/lib/forms/form-input';
import type { Actor } from '@/lib/actor';
import { isLocale } from '@/lib/i18n/locales';
import { rejectSchema } from './forms';
import { sendResolutionReviewedMail } from './mail';

// The organisers' review of resolutions: approve (public from then on) or reject with a reason the
// contact is mailed. Each decision is one transaction with its audit entry and its mail.

export async function listForReview() {
  const rows = await db().select().from(resolutions).orderBy(asc(resolutions.status), desc(resolutions.createdAt)).limit(500);
  const links = rows.length
    ? await db()
        .select({ resolutionId: resolutionCases.resolutionId, name: cases.name })
        .from(resolutionCases)
        .innerJoin(cases, eq(cases.id, resolutionCases.caseId))
        .where(inArray(resolutionCases.resolutionId, rows.map((r) => r.id)))
    : [];
  return rows.map((r) => ({ ...r, cases: links.filter((l) => l.resolutionId === r.id).map((l) => l.name.en) }));
}

async function decide(actor: Actor, id: string, approved: boolean, reason: string | null): Promise<{ ok: true } | { ok: false; error: FieldError }> {
  if (!isUuid(id)) return { ok: false, error: fieldError('resolutionGone') };
  const outcome = await db().transaction(async (tx): Promise<{ ok: true } | { ok: false; error: FieldError }> => {
    const [before] = await tx.select().from(resolutions).where(eq(resolutions.id, id)).for('update');
    if (!before) return { ok: false, error: fieldError('resolutionGone') };
    if (before.status !== 'submitted') return { ok: false, error: fieldError('resolutionReviewed') };
    const [after] = await tx
      .update(resolutions)
      .set({ status: approved ? 'approved' : 'rejected', reviewedAt: new Date(), rejectionReason: reason })
      .where(eq(resolutions.id, id))
      .returning();
    // The audit log keeps the decision, not the contact's address.
    await recordChange(tx, actor, {
      action: 'update',
      entity: 'resolutions',
      entityId: id,
      before: { status: before.status },
      after: { status: after!.status, rejectionReason: reason },
    });
    await sendResolutionReviewedMail(tx, {
      resolutionId: id,
      to: before.contactEmail,
      locale: isLocale(before.locale) ? before.locale : 'en',
      organisation: before.organisation,
      approved,
      reason,
    });
    return { ok: true };
  });
  // After the commit: the case and petition pages show the support line of approved resolutions.
  if (outcome.ok) pagesChanged('resolutions');
  return outcome;
}

export const approveResolution = (actor: Actor, id: string) => decide(actor, id, true, null);

export async function rejectResolution(actor: Actor, id: string, input: Record<string, unknown>): Promise<FormState> {
  const parsed = rejectSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error), values: echoValues(input) };
  const outcome = await decide(actor, id, false, parsed.data.reason);
  return outcome.ok ? { ok: true, message: 'Resolution rejected; the contact is told why.' } : { ok: false, errors: { form: outcome.error }, values: echoValues(input) };
}

/** An organiser may read a resolution's PDF before deciding on it. */
export async function pdfNameForOrganisers(id: string): Promise<string | null> {
  if (!isUuid(id)) return null;
  const [row] = await db().select({ pdfPath: resolutions.pdfPath }).from(resolutions).where(eq(resolutions.id, id));
  return row?.pdfPath ?? null;
}
