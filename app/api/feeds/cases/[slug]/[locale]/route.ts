import { feedResponse } from '@/lib/updates/feeds';

export const dynamic = 'force-dynamic';

/** Atom feed of one case's published updates, in one language. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; locale: string }> }) {
  const { slug, locale } = await params;
  return feedResponse(locale, slug);
}
