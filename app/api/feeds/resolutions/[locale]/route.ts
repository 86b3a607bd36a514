import { resolutionsFeed } from '@/lib/resolutions/feed';

export const dynamic = 'force-dynamic';

/** Atom feed of approved resolutions, in one language. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return resolutionsFeed((await params).locale);
}
