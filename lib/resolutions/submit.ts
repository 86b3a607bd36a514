import { unlink } from 'node:fs/promises';
import path from 'node:path';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { cases, resolutionCases, resolutions } from '@/db/schema';
import type { Tx } from '@/db/tx';
import { uploadsDir } from '@/lib/cases/photos';
import { canonicalEmail, emailDomain } from '@/lib/email-address/canonical';
import { judgeSignature } from '@/lib/petitions/abuse';
import { currentBlocks } from '@/lib/petitions/blocks';
import { ipHash } from '@/lib/petitions/tokens';
import { echoResolution, resolutionSchema, type ResolutionFieldErrors, type ResolutionValues } from './forms';
import { checkPdf, storePdf } from './pdf';

/**
 * How many resolutions the platform takes from one sender. An organisation passes a resolution a
 * few times a year, so these leave room for a federation's office entering its branches' ones in
 * an afternoon, and stop a script from filling the organisers' queue (and the disk, with PDFs).
 */
export const RESOLUTION_LIMITS = {
  /** From one IP hash in the past hour. */
  perIpPerHour: 10,
  /** From contacts at one email domain in the past hour; large public providers are exempt. */
  perDomainPerHour: 20,
  /** From one contact address (canonical) in the past day. */
  perAddressPerDay: 5,
} as const;

export type SubmitOutcome = { ok: true } | { ok: false; errors: ResolutionFieldErrors; values: ResolutionValues };
export type SubmitContext = { ip: string | null; now?: Date };

/** Resolutions submitted in the past hour from one IP hash and one domain, and in the past day from one address. */
async function recentFrom(tx: Tx, ipHashValue: string | null, domain: string, canonical: string, now: Date) {
  const hourAgo = new Date(now.getTime() - 3_600_000).toISOString();
  const dayAgo = new Date(now.getTime() - 86_400_000);
  const [row] = await tx
    .select({
      fromIp: sql<number>`count(*) filter (where ${ipHashValue !== null} and ${resolutions.ipHash} = ${ipHashValue ?? ''} and ${resolutions.createdAt} > ${hourAgo})::int`,
      fromDomain: sql<number>`count(*) filter (where ${resolutions.emailDomain} = ${domain} and ${resolutions.createdAt} > ${hourAgo})::int`,
      fromAddress: sql<number>`count(*) filter (where ${resolutions.canonicalEmail} = ${canonical})::int`,
    })
    .from(resolutions)
    .where(gt(resolutions.createdAt, dayAgo));
  return { fromIp: row?.fromIp ?? 0, fromDomain: row?.fromDomain ?? 0, fromAddress: row?.fromAddress ?? 0 };
}

/**
 * Records a resolution as submitted, for an organiser to verify with its contact before anything of
 * it is public. Text, a PDF, or both; a PDF is checked by its bytes and size before it is stored.
 *
 * The petitions' abuse rules apply: the honeypot and the block lists discard silently, with the
 * normal answer (a bot learns nothing). The limits, though, are said: nothing is counted or mailed
 * on submission and every resolution is read by an organiser anyway, so the one thing a limit
 * protects is the queue, and an organisation over it must know to come back rather than think
 * its resolution arrived. A refused submission stores nothing and does not count.
 */
export async function submitResolution(raw: Record<string, unknown>, file: Blob | null, context: SubmitContext): Promise<SubmitOutcome> {
  const now = context.now ?? new Date();
  const parsed = resolutionSchema.safeParse(raw);
  const errors: ResolutionFieldErrors = parsed.success ? {} : (z.flattenError(parsed.error).fieldErrors as ResolutionFieldErrors);
  let pdf: Uint8Array | null = null;
  if (file) {
    const checked = await checkPdf(file);
    if (checked.ok) pdf = checked.bytes;
    else errors.file = [checked.error];
  }
  if (parsed.success && !parsed.data.body && !file) errors.body = ['textOrPdf'];
  if (parsed.success && parsed.data.cases.length > 0) {
    const known = await db()
      .select({ id: cases.id })
      .from(cases)
      .where(and(inArray(cases.id, parsed.data.cases), eq(cases.published, true)));
    if (known.length !== new Set(parsed.data.cases).size) errors.cases = ['unknownCase'];
  }
  const refuse = (more: ResolutionFieldErrors): SubmitOutcome => ({ ok: false, errors: { ...errors, ...more }, values: echoResolution(raw) });
  if (!parsed.success || Object.keys(errors).length > 0) return refuse({});
  const input = parsed.data;

  const canonical = canonicalEmail(input.contactEmail);
  const domain = emailDomain(canonical);
  const ipHashValue = context.ip ? ipHash(context.ip) : null;
  const blocks = await currentBlocks();

  let pdfPath: string | null = null;
  try {
    return await db().transaction(async (tx) => {
      // Submissions are rare: one at a time, so two at once cannot both take the last place.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('resolution-submission'))`);
      const recent = await recentFrom(tx, ipHashValue, domain, canonical, now);
      const verdict = judgeSignature(
        {
          honeypotFilled: input.website.trim() !== '',
          domain,
          domainBlocked: blocks.domainBlocked(domain),
          ipBlocked: blocks.ipBlocked(context.ip),
          fromIpLastHour: recent.fromIp,
          fromDomainLastHour: recent.fromDomain,
        },
        { perIp: RESOLUTION_LIMITS.perIpPerHour, perDomain: RESOLUTION_LIMITS.perDomainPerHour },
      );
      if (verdict.action === 'discard' || verdict.flagReason === 'blocked_domain' || verdict.flagReason === 'blocked_ip') return { ok: true };
      if (verdict.flagReason === 'ip_rate') return refuse({ form: ['tooManyFromHere'] });
      if (verdict.flagReason === 'domain_rate') return refuse({ contactEmail: ['tooManyFromDomain'] });
      if (recent.fromAddress >= RESOLUTION_LIMITS.perAddressPerDay) return refuse({ contactEmail: ['tooManyFromAddress'] });

      pdfPath = pdf ? await storePdf(pdf) : null;
      const [row] = await tx
        .insert(resolutions)
        .values({
          organisation: input.organisation,
          country: input.country,
          members: input.members ?? null,
          passedOn: input.passedOn,
          body: input.body ?? null,
          pdfPath,
          contactName: input.contactName,
          contactEmail: input.contactEmail,
          canonicalEmail: canonical,
          emailDomain: domain,
          ipHash: ipHashValue,
          locale: input.locale,
          createdAt: now,
        })
        .returning({ id: resolutions.id });
      const ids = [...new Set(input.cases)];
      if (ids.length) await tx.insert(resolutionCases).values(ids.map((caseId) => ({ resolutionId: row!.id, caseId })));
      return { ok: true } as const;
    });
  } catch (e) {
    if (pdfPath) await unlink(path.join(uploadsDir(), 'resolutions', pdfPath)).catch(() => {});
    throw e;
  }
}
