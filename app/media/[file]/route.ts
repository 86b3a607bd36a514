import { readUpload } from '@/lib/cases/photos';

// Uploaded photos. Names are random, so a file never changes: browsers may keep it for a year.
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const upload = await readUpload((await params).file);
  if (!upload) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(upload.bytes), {
    headers: {
      'Content-Type': upload.type,
      'Cache-Control': 'public, max-age=31536000, immutable',
      'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
    },
  });
}
