import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, cases } from '@/db/schema';
import { imageType, MAX_PHOTO_BYTES, readUpload, saveCasePhoto } from '@/lib/cases/photos';
import type { Actor } from '@/lib/actor';
import { useTestDatabase } from '../support/database';
import { makeActor } from '../support/organisers';

useTestDatabase({ seed: true });

const dataDir = mkdtempSync(path.join(tmpdir(), 'yntymaq-uploads-'));
const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
let actor: Actor;
let caseId: string;

beforeAll(async () => {
  process.env.DATA_DIR = dataDir;
  actor = await makeActor();
  const [row] = await db().select({ id: cases.id }).from(cases).where(eq(cases.slug, 'erzhan-elshibayev'));
  caseId = row!.id;
});

const uploads = () => readdirSync(path.join(dataDir, 'uploads')).filter((f) => !f.endsWith('.part'));

describe('case photos', () => {
  it('knows JPEG, PNG and WebP by their first bytes, and nothing else', () => {
    expect(imageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpg');
    expect(imageType(png)).toBe('png');
    expect(imageType(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(imageType(Buffer.from('<svg onload="alert(1)"></svg>'))).toBeNull();
    expect(imageType(Buffer.from('GIF89a'))).toBeNull();
  });

  it('stores an image under DATA_DIR, points the case at it and records the change', async () => {
    expect(await saveCasePhoto(actor, caseId, new Blob([png]))).toMatchObject({ ok: true });
    const [person] = await db().select().from(cases).where(eq(cases.id, caseId));
    expect(person!.photoPath).toMatch(/^\/media\/[0-9a-f-]{36}\.png$/);
    expect(await readUpload(person!.photoPath!.slice('/media/'.length))).toMatchObject({ type: 'image/png' });
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.caseId, caseId));
    expect(entry).toMatchObject({ entity: 'cases', after: { photoPath: person!.photoPath } });
  });

  it('refuses a file that is not an image, or is over 5 MB, storing nothing', async () => {
    const before = uploads();
    expect(await saveCasePhoto(actor, caseId, new Blob(['<svg/>'], { type: 'image/png' }))).toMatchObject({
      ok: false,
      errors: { photo: { key: 'notAnImage' } },
    });
    const big = new Uint8Array(MAX_PHOTO_BYTES + 1);
    big.set(png);
    expect(await saveCasePhoto(actor, caseId, new Blob([big]))).toMatchObject({ ok: false, errors: { photo: { key: 'imageTooLarge', values: { megabytes: 5 } } } });
    expect(await saveCasePhoto(actor, caseId, null)).toMatchObject({ ok: false });
    expect(uploads()).toEqual(before);
  });

  it('removes the stored file again when the case is gone', async () => {
    const before = uploads();
    expect(await saveCasePhoto(actor, '00000000-0000-4000-8000-000000000000', new Blob([png]))).toMatchObject({ ok: false });
    expect(uploads()).toEqual(before);
  });

  it('serves only names it made: no path tricks', async () => {
    expect(await readUpload('../app-secret')).toBeNull();
    expect(await readUpload('x.png')).toBeNull();
  });
});
