import { randomBytes } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, cases, mailMessages, resolutions } from '@/db/schema';
import { closeProducer } from '@/lib/mail/queue';
import { exportSignaturesCsv } from '@/lib/petitions/export';
import { MAX_PDF_BYTES } from '@/lib/resolutions/forms';
import { approveResolution, rejectResolution } from '@/lib/resolutions/organise';
import { publicPdfName, publicResolutions, supportFor } from '@/lib/resolutions/queries';
import { addBlock } from '@/lib/petitions/blocks';
import { RESOLUTION_LIMITS, submitResolution } from '@/lib/resolutions/submit';
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

const noIp = { ip: null };
const byName = (organisation: string) => db().select().from(resolutions).where(eq(resolutions.organisation, organisation));

describe('solidarity resolutions', () => {
  it('publishes a resolution with its PDF only once an organiser approves it, and counts it for the case', async () => {
    const name = `Unite Bristol ${randomBytes(3).toString('hex')}`;
    const before = await supportFor(caseId);
    expect(await submitResolution(form(name, { body: '' }), PDF, noIp)).toEqual({ ok: true });
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
    await submitResolution(form(name), null, noIp);
    const [row] = await byName(name);
    expect(await rejectResolution(actor, row!.id, { reason: '' })).toMatchObject({ ok: false, errors: { reason: { key: 'required' } } });
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
      const outcome = await submitResolution(form(name, extra), file, noIp);
      expect(outcome.ok, `${field} ${key}`).toBe(false);
      if (!outcome.ok) expect((outcome.errors as Record<string, string[]>)[field], `${field} ${key}`).toContain(key);
    }
    expect(await byName(name)).toEqual([]);
    // The honeypot: the normal answer, nothing stored.
    expect(await submitResolution(form(name, { website: 'x' }), null, noIp)).toEqual({ ok: true });
    expect(await byName(name)).toEqual([]);
  });

  describe('abuse limits', () => {
    const prefix = () => `Limited ${randomBytes(3).toString('hex')}`;
    const stored = (start: string) => db().select({ id: resolutions.id, pdfPath: resolutions.pdfPath }).from(resolutions).where(like(resolutions.organisation, `${start}%`));
    // Each at a domain of its own unless a test says otherwise, so that only the limit under test applies.
    const address = (domain = `branch-${randomBytes(3).toString('hex')}.example`) => `contact-${randomBytes(3).toString('hex')}@${domain}`;

    it('refuses a submission over the hourly limit of one IP address, saying so, and stores nothing of it', async () => {
      const start = prefix();
      const ip = '198.51.100.7';
      for (let i = 0; i < RESOLUTION_LIMITS.perIpPerHour; i++) {
        expect(await submitResolution(form(`${start} ${i}`, { contactEmail: address() }), null, { ip })).toEqual({ ok: true });
      }
      const over = await submitResolution(form(`${start} over`, { contactEmail: address() }), PDF, { ip });
      expect(over).toMatchObject({ ok: false, errors: { form: ['tooManyFromHere'] }, values: { organisation: `${start} over` } });
      expect(await stored(start)).toHaveLength(RESOLUTION_LIMITS.perIpPerHour);
      // Another connection is not held back, and an hour later this one is let through again.
      expect(await submitResolution(form(`${start} elsewhere`, { contactEmail: address() }), null, { ip: '198.51.100.8' })).toEqual({ ok: true });
      const later = new Date(Date.now() + 61 * 60_000);
      expect(await submitResolution(form(`${start} later`, { contactEmail: address() }), null, { ip, now: later })).toEqual({ ok: true });
    });

    it('takes at most the daily number from one contact address, however it is spelled, with the error on that field', async () => {
      const start = prefix();
      const local = `branch.secretary${randomBytes(3).toString('hex')}`;
      for (let i = 0; i < RESOLUTION_LIMITS.perAddressPerDay; i++) {
        // Gmail ignores dots and +tags: these are all one mailbox.
        const spelled = i % 2 ? `${local}+${i}@gmail.com` : `${local.replace('.', '')}@gmail.com`;
        expect(await submitResolution(form(`${start} ${i}`, { contactEmail: spelled }), null, { ip: `192.0.2.${10 + i}` })).toEqual({ ok: true });
      }
      const over = await submitResolution(form(`${start} over`, { contactEmail: `${local.toUpperCase()}@GMAIL.COM` }), null, { ip: '192.0.2.99' });
      expect(over).toMatchObject({ ok: false, errors: { contactEmail: ['tooManyFromAddress'] } });
      expect(await stored(start)).toHaveLength(RESOLUTION_LIMITS.perAddressPerDay);
      const tomorrow = new Date(Date.now() + 25 * 3_600_000);
      expect(await submitResolution(form(`${start} tomorrow`, { contactEmail: `${local}@gmail.com` }), null, { ip: '192.0.2.99', now: tomorrow })).toEqual({ ok: true });
    });

    it('limits one email domain per hour, but not a large public provider', async () => {
      const start = prefix();
      const domain = `union-${randomBytes(3).toString('hex')}.example`;
      for (let i = 0; i < RESOLUTION_LIMITS.perDomainPerHour; i++) {
        expect(await submitResolution(form(`${start} ${i}`, { contactEmail: address(domain) }), null, { ip: `203.0.113.${i}` })).toEqual({ ok: true });
      }
      expect(await submitResolution(form(`${start} over`, { contactEmail: address(domain) }), null, { ip: '203.0.113.200' })).toMatchObject({
        ok: false,
        errors: { contactEmail: ['tooManyFromDomain'] },
      });
      expect(await stored(start)).toHaveLength(RESOLUTION_LIMITS.perDomainPerHour);
      // gmail.com has had more than that from this file already; thousands of real people share it.
      expect(await submitResolution(form(`${start} public`, { contactEmail: address('gmail.com') }), null, { ip: '203.0.113.201' })).toEqual({ ok: true });
    });

    it('lets only the limit through when a script sends many at once', async () => {
      const start = prefix();
      const ip = '198.51.100.50';
      const pdfs = () => readdir(path.join(process.env.DATA_DIR!, 'uploads', 'resolutions')).catch(() => [] as string[]);
      const before = await pdfs();
      const outcomes = await Promise.all(
        Array.from({ length: RESOLUTION_LIMITS.perIpPerHour + 5 }, (_, i) => submitResolution(form(`${start} ${i}`, { contactEmail: address() }), PDF, { ip })),
      );
      expect(outcomes.filter((o) => o.ok)).toHaveLength(RESOLUTION_LIMITS.perIpPerHour);
      expect(outcomes.filter((o) => !o.ok)).toHaveLength(5);
      const rows = await stored(start);
      expect(rows).toHaveLength(RESOLUTION_LIMITS.perIpPerHour);
      // A refused submission's PDF was never written: only the stored ones are new on disk.
      const added = (await pdfs()).filter((f) => !before.includes(f));
      expect(added.sort()).toEqual(rows.map((r) => r.pdfPath).sort());
    });

    it('answers a blocked domain or address range as if it went through, storing nothing', async () => {
      const start = prefix();
      await addBlock(actor, { kind: 'domain', value: 'throwaway-resolutions.example' });
      await addBlock(actor, { kind: 'ip_range', value: '100.64.0.0/24' });
      expect(await submitResolution(form(`${start} domain`, { contactEmail: address('throwaway-resolutions.example') }), PDF, { ip: '100.64.1.1' })).toEqual({ ok: true });
      expect(await submitResolution(form(`${start} range`, { contactEmail: address() }), PDF, { ip: '100.64.0.9' })).toEqual({ ok: true });
      expect(await stored(start)).toEqual([]);
    });
  });
});
