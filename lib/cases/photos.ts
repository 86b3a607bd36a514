import { changingPages } from '@/lib/cache/tags';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { cases } from '@/db/schema';
import type { Actor } from '@/lib/actor';
import { env } from '@/lib/env';
import { recordChange } from '@/lib/audit/log';
import { fieldError, isUuid, type FormState } from '@/lib/forms/form-input';
import type { FieldErrorKey } from '@/lib/forms/field-error';

import { MAX_PHOTO_BYTES } from './photo-limits';

export { MAX_PHOTO_BYTES };

const TYPES = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp' } as const;
export type ImageExtension = keyof typeof TYPES;

/** The image type by the file's first bytes; the name and the browser's claimed type are not trusted. */
export function imageType(bytes: Uint8Array): ImageExtension | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  if (starts([0xff, 0xd8, 0xff])) return 'jpg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  return null;
}

export function uploadsDir(): string {
  return path.resolve(env().DATA_DIR, 'uploads');
}

/** Uploaded files are served by name from /media/; a name is a fresh UUID and the type's extension. */
const UPLOAD_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(jpg|png|webp)$/;

export async function readUpload(name: string): Promise<{ bytes: Buffer; type: string } | null> {
  const match = UPLOAD_NAME.exec(name);
  if (!match) return null;
  try {
    return { bytes: await readFile(path.join(uploadsDir(), name)), type: TYPES[match[1] as ImageExtension] };
  } catch {
    return null;
  }
}

/**
 * Stores a case's photo under DATA_DIR/uploads and points the case at it, in one transaction with
 * its audit entry. The file is written first and removed again if the database refuses.
 */
export async function saveCasePhoto(actor: Actor, caseId: string, file: unknown): Promise<FormState> {
  const refuse = (key: FieldErrorKey, values?: Record<string, number>): FormState => ({ ok: false, errors: { photo: fieldError(key, values) }, values: {} });
  if (!isUuid(caseId)) return refuse('caseGone');
  if (!(file instanceof Blob) || file.size === 0) return refuse('chooseImage');
  if (file.size > MAX_PHOTO_BYTES) return refuse('imageTooLarge', { megabytes: MAX_PHOTO_BYTES / 1024 / 1024 });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const ext = imageType(bytes);
  if (!ext) return refuse('notAnImage');

  const name = `${randomUUID()}.${ext}`;
  const dir = uploadsDir();
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, name);
  await writeFile(`${target}.part`, bytes);
  await rename(`${target}.part`, target);
  try {
    return await changingPages(['cases'], db().transaction(async (tx) => {
      const [before] = await tx.select().from(cases).where(eq(cases.id, caseId)).for('update');
      if (!before) throw new Error('gone');
      const [after] = await tx.update(cases).set({ photoPath: `/media/${name}`, updatedAt: new Date() }).where(eq(cases.id, caseId)).returning();
      await recordChange(tx, actor, {
        action: 'update',
        entity: 'cases',
        entityId: caseId,
        caseId,
        before: { photoPath: before.photoPath },
        after: { photoPath: after!.photoPath },
      });
      return { ok: true, message: 'Photo uploaded.', done: { key: 'photoUploaded' } } as const;
    }));
  } catch (e) {
    await unlink(target).catch(() => {});
    if (e instanceof Error && e.message === 'gone') return refuse('caseGone');
    throw e;
  }
}
