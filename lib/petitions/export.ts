import { and, asc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { paperCounts, petitions, resolutionCases, resolutions, signatures } from '@/db/schema';
import type { Tx } from '@/db/tx';
import { recordChange } from '@/lib/audit/log';
import type { Actor } from '@/lib/actor';

const COLUMNS = ['name', 'email', 'country', 'city', 'comment', 'confirmed_at'] as const;

/**
 * A cell as spreadsheet programs will not run it: text starting with = + - @ or a tab or carriage
 * return becomes a formula in Excel and LibreOffice, so it gets a leading apostrophe.
 */
export function csvCell(value: string | null | undefined): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(cells: (string | null | undefined)[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

/**
 * The confirmed, counted signatures of a petition as CSV for delivery to the target: UTF-8 with a
 * byte-order mark (so Excel reads Cyrillic correctly), CRLF lines, formulas neutralised. The export
 * is written to the audit log with the organiser and the number of rows.
 */
export async function exportSignaturesCsv(actor: Actor, petitionId: string): Promise<string> {
  return db().transaction(async (tx) => {
    const rows = await tx
      .select({
        name: signatures.name,
        email: signatures.email,
        country: signatures.country,
        city: signatures.city,
        comment: signatures.comment,
        confirmedAt: signatures.confirmedAt,
      })
      .from(signatures)
      .where(and(eq(signatures.petitionId, petitionId), eq(signatures.status, 'confirmed'), eq(signatures.flagged, false)))
      .orderBy(asc(signatures.confirmedAt));
    // Signers' names and addresses leave the platform here: who took them stays on record.
    await recordChange(tx, actor, { action: 'export', entity: 'petitions', entityId: petitionId, after: { signatures: rows.length } });
    let out = '\ufeff' + csvRow([...COLUMNS]);
    for (const r of rows) out += csvRow([r.name, r.email, r.country, r.city, r.comment, r.confirmedAt?.toISOString()]);
    // The resolutions of solidarity behind the petition go to the target with it, as a second table.
    const backing = await resolutionsBacking(tx, petitionId);
    if (backing.length > 0) {
      out += '\r\n' + csvRow(['resolution_organisation', 'country', 'members', 'passed_on']);
      for (const r of backing) out += csvRow([r.organisation, r.country, r.members === null ? '' : String(r.members), r.passedOn]);
    }
    return out;
  });
}

export type DeliveryTotals = {
  online: number;
  paper: number;
  byCountry: { country: string; online: number; paper: number }[];
  paperWithoutCountry: number;
};

/**
 * Totals for the printable delivery page, counted from the signatures themselves (not the tallies):
 * what is handed to the target must be exact.
 */
export async function deliveryTotals(petitionId: string): Promise<DeliveryTotals> {
  const [online, paper] = await Promise.all([
    db()
      .select({ country: signatures.country, n: sql<number>`count(*)::int` })
      .from(signatures)
      .where(and(eq(signatures.petitionId, petitionId), eq(signatures.status, 'confirmed'), eq(signatures.flagged, false)))
      .groupBy(signatures.country),
    db()
      .select({ country: paperCounts.country, n: sql<number>`sum(${paperCounts.count})::int` })
      .from(paperCounts)
      .where(eq(paperCounts.petitionId, petitionId))
      .groupBy(paperCounts.country),
  ]);
  const byCountry = new Map<string, { country: string; online: number; paper: number }>();
  for (const r of online) byCountry.set(r.country, { country: r.country, online: r.n, paper: 0 });
  let paperWithoutCountry = 0;
  for (const r of paper) {
    if (!r.country) {
      paperWithoutCountry += r.n;
      continue;
    }
    const entry = byCountry.get(r.country) ?? { country: r.country, online: 0, paper: 0 };
    entry.paper += r.n;
    byCountry.set(r.country, entry);
  }
  const list = [...byCountry.values()].sort((a, b) => b.online + b.paper - (a.online + a.paper) || a.country.localeCompare(b.country));
  return {
    online: online.reduce((s, r) => s + r.n, 0),
    paper: paper.reduce((s, r) => s + r.n, 0),
    byCountry: list,
    paperWithoutCountry,
  };
}

/** Approved resolutions concerning the petition's person (every approved one, for a campaign petition). */
async function resolutionsBacking(tx: Tx, petitionId: string) {
  const [petition] = await tx.select({ caseId: petitions.caseId }).from(petitions).where(eq(petitions.id, petitionId));
  if (!petition) return [];
  return tx
    .select({ organisation: resolutions.organisation, country: resolutions.country, members: resolutions.members, passedOn: resolutions.passedOn })
    .from(resolutions)
    .where(
      and(
        eq(resolutions.status, 'approved'),
        petition.caseId
          ? sql`exists (select 1 from ${resolutionCases} rc where rc.resolution_id = ${resolutions.id} and rc.case_id = ${petition.caseId})`
          : undefined,
      ),
    )
    .orderBy(asc(resolutions.passedOn), asc(resolutions.organisation));
}
