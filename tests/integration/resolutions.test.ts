import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, cases, mailMessages, resolutions } from '@/db/schema';
import { closeProducer } from '@/lib/mail/queue';
import { exportSignaturesCsv } from '@/lib/petitions/export';
import { MAX_PDF_BYTES } from '@/lib/resolutions/forms';
import { approveResolution, rejectResolution } from '@/lib/resolutions/organise';
import { publicPdfName, publicResolutions, supportFor } from '@/lib/resolutions/queries';
import { submitResolution } from '@/lib/resolutions/submit';
import { petitions } from '@/db/schema';
import type { Actor } from '@/lib/actor';
import { useTestDatabase } from '../support/database';
import { makeActor } from '../support/organisers';

process.env.APP_SECRET = 'integration-test-secret-of-at-least-32-chars';
process.env.DATA_DIR = `.data/test-resolutions-${randomBytes(4).toString('hex')}`;

useTestDatabase({ seed: true });
afterAll(closeProducer);
afterAll(() => rm(process.env.DATA_DIR!, { recursive: true, force: true }));

const PDF = new Blob([Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')], { type: 'application/pdf' });

let actor: Actor;
let caseId: string;
beforeAll(async () => {
  actor = await makeActor('organiser');
  const [person] = await db().select().from(cases).where(eq(cases.slug, 'erzhan-elshibayev'));
  caseId = person!.id;
});

const form = (organisation: string, extra: Record<string, unknown> = {}) => ({
  organisation,
  country: 'GB',
  members: '12,000',
  passedOn: '2026-11-20',
  body: 'This branch calls for the release of Erzhan Elshibayev.',
  cases: [caseId],
  contactName: 'Sam Jones',
  contactEmail: `sam-${randomBytes(3).toString('hex')}@example.org`,
  locale: 'en',
  website: '',
  ...extra,
});

const byName = (organisation: string) => db().select().from(resolutions).where(eq(resolutions.organisation, organisation));

describe('solidarity resolutions', () => {
  it('publishes a resolution with its PDF only once an organiser approves it, and counts it for the case', async () => {
    const name = `Unite Bristol ${randomBytes(3).toString('hex')}`;
    const before = await supportFor(caseId);
    expect(await submitResolution(form(name, { body: '' }), PDF)).toEqual({ ok: true });
    const [row] = await byName(name);
    expect(row).toMatchObject({ status: 'submitted', members: 12000, country: 'GB', body: null });
    expect(row!.pdfPath).toMatch(/\.pdf$/);
    expect(await publicPdfName(row!.id)).toBeNull();
    expect((await publicResolutions({ caseSlug: 'erzhan-elshibayev' })).some((r) => r.organisation === name)).toBe(false);

    expect(await approveResolution(actor, row!.id)).toEqual({ ok: true });
    expect(await approveResolution(actor, row!.id)).toMatchObject({ ok: false });
    expect(await publicPdfName(row!.id)).toBe(row!.pdfPath);
    const listed = (await publicResolutions({ caseSlug: 'erzhan-elshibayev', country: 'GB' })).find((r) => r.organisation === name);
    expect(listed).toMatchObject({ members: 12000, hasPdf: true });
    expect(JSON.stringify(listed)).not.toContain(row!.contactEmail);
    expect(await supportFor(caseId)).toEqual({ organisations: before.organisations + 1, members: before.members + 12000, countries: Math.max(before.countries, 1) });
    const [mail] = await db().select().from(mailMessages).where(and(eq(mailMessages.to, row!.contactEmail), eq(mailMessages.template, 'resolution-reviewed')));
    expect(mail!.props).toMatchObject({ approved: true, organisation: name });
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.entityId, row!.id));
    expect(JSON.stringify(entry)).not.toContain(row!.contactEmail);

    const [petition] = await db().select().from(petitions).where(eq(petitions.caseId, caseId));
    expect(await exportSignaturesCsv(actor, petition!.id)).toContain(name);
  });

  it('rejects with a reason mailed to the contact, and nothing of it becomes public', async () => {
    const name = `Local 12 ${randomBytes(3).toString('hex')}`;
    await submitResolution(form(name), null);
    const [row] = await byName(name);
    expect(await rejectResolution(actor, row!.id, { reason: '' })).toMatchObject({ ok: false, errors: { reason: 'Required.' } });
    expect(await rejectResolution(actor, row!.id, { reason: 'We could not reach the branch secretary.' })).toMatchObject({ ok: true });
    const [mail] = await db().select().from(mailMessages).where(and(eq(mailMessages.to, row!.contactEmail), eq(mailMessages.template, 'resolution-reviewed')));
    expect(mail!.props).toMatchObject({ approved: false, reason: 'We could not reach the branch secretary.' });
    expect((await publicResolutions()).some((r) => r.organisation === name)).toBe(false);
  });

  it('refuses bad input with field errors and stores nothing', async () => {
    const name = `Refused ${randomBytes(3).toString('hex')}`;
    const big = new Blob([Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(MAX_PDF_BYTES)])]);
    const cases: Array<[Record<string, unknown>, Blob | null, string, string]> = [
      [{ organisation: 'O'.repeat(5000) }, null, 'organisation', 'tooLong'],
      [{ organisation: '' }, null, 'organisation', 'required'],
      [{ organisation: '<b>Union</b>' }, null, 'organisation', 'html'],
      [{ country: 'ZZ' }, null, 'country', 'unknownCountry'],
      [{ members: '-5' }, null, 'members', 'members'],
      [{ members: 'many' }, null, 'members', 'members'],
      [{ passedOn: '2999-01-01' }, null, 'passedOn', 'date'],
      [{ body: '' }, null, 'body', 'textOrPdf'],
      [{ body: 'Text\u0000' }, null, 'body', 'controlCharacters'],
      [{}, new Blob([Buffer.from('GIF89a not a pdf at all')]), 'file', 'notPdf'],
      [{}, big, 'file', 'pdfTooLarge'],
      [{ cases: ['00000000-0000-0000-0000-000000000000'] }, null, 'cases', 'unknownCase'],
      [{ contactEmail: 'nobody' }, null, 'contactEmail', 'invalidEmail'],
    ];
    for (const [extra, file, field, key] of cases) {
      const outcome = await submitResolution(form(name, extra), file);
      expect(outcome.ok, `${field} ${key}`).toBe(false);
      if (!outcome.ok) expect((outcome.errors as Record<string, string[]>)[field], `${field} ${key}`).toContain(key);
    }
    expect(await byName(name)).toEqual([]);
    // The honeypot: the normal answer, nothing stored.
    expect(await submitResolution(form(name, { website: 'x' }), null)).toEqual({ ok: true });
    expect(await byName(name)).toEqual([]);
  });
});
