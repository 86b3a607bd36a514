import { currentActor } from '@/lib/auth/session';
import { pdfNameForOrganisers } from '@/lib/resolutions/organise';
import { readPdf } from '@/lib/resolutions/pdf';
import { publicPdfName } from '@/lib/resolutions/queries';

export const dynamic = 'force-dynamic';

/**
 * A resolution's PDF: to anyone once the resolution is approved, before that to organisers only.
 * Always as a download, never shown inside the site's origin (a PDF can carry scripts).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const name = (await publicPdfName(id)) ?? ((await currentActor()) ? await pdfNameForOrganisers(id) : null);
  const bytes = name ? await readPdf(name) : null;
  if (!bytes) return new Response('Not found\n', { status: 404 });
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="resolution-${id}.pdf"`,
      'Cache-Control': 'private, max-age=300',
    },
  });
}
