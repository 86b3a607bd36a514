import { unlink } from 'node:fs/promises';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { cases, resolutionCases, resolutions } from '@/db/schema';
import { uploadsDir } from '@/lib/cases/photos';
import { echoResolution, resolutionSchema, type ResolutionFieldErrors, type ResolutionValues } from './forms';
import { checkPdf, storePdf } from './pdf';

export type SubmitOutcome = { ok: true } | { ok: false; errors: ResolutionFieldErrors; values: ResolutionValues };

/**
 * Records a resolution as submitted, for an organiser to verify with its contact before anything of
 * it is public. Text, a PDF, or both; a PDF is checked by its bytes and size before it is stored.
 * The honeypot discards silently, with the normal answer.
 */
export async function submitResolution(raw: Record<string, unknown>, file: Blob | null): Promise<SubmitOutcome> {
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
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors, values: echoResolution(raw) };
  const input = parsed.data;
  if (input.website.trim() !== '') return { ok: true };

  const pdfPath = pdf ? await storePdf(pdf) : null;
  try {
    await db().transaction(async (tx) => {
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
          locale: input.locale,
        })
        .returning({ id: resolutions.id });
      const ids = [...new Set(input.cases)];
      if (ids.length) await tx.insert(resolutionCases).values(ids.map((caseId) => ({ resolutionId: row!.id, caseId })));
    });
  } catch (e) {
    if (pdfPath) await unlink(path.join(uploadsDir(), 'resolutions', pdfPath)).catch(() => {});
    throw e;
  }
  return { ok: true };
}
