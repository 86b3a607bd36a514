import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { uploadsDir } from '@/lib/cases/photos';
import { MAX_PDF_BYTES } from './forms';

// A resolution's PDF is stored like a case photo (a fresh random name under DATA_DIR/uploads), but
// in a folder of its own that /media/ does not serve: it is public only once the resolution is.

const NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.pdf$/;

/** Whether the bytes are a PDF: by its signature `%PDF-` at the start (the name and claimed type are not trusted). */
export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
}

export type PdfCheck = { ok: true; bytes: Uint8Array } | { ok: false; error: 'notPdf' | 'pdfTooLarge' };

export async function checkPdf(file: Blob): Promise<PdfCheck> {
  if (file.size > MAX_PDF_BYTES) return { ok: false, error: 'pdfTooLarge' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length > MAX_PDF_BYTES) return { ok: false, error: 'pdfTooLarge' };
  return isPdf(bytes) ? { ok: true, bytes } : { ok: false, error: 'notPdf' };
}

const dir = () => path.join(uploadsDir(), 'resolutions');

export async function storePdf(bytes: Uint8Array): Promise<string> {
  const name = `${randomUUID()}.pdf`;
  await mkdir(dir(), { recursive: true });
  const target = path.join(dir(), name);
  await writeFile(`${target}.part`, bytes);
  await rename(`${target}.part`, target);
  return name;
}

export async function readPdf(name: string): Promise<Buffer | null> {
  if (!NAME.test(name)) return null;
  try {
    return await readFile(path.join(dir(), name));
  } catch {
    return null;
  }
}
