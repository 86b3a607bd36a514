import { feedResponse } from '@/lib/updates/feeds';

export const dynamic = 'force-dynamic';

/** Atom feed of every published update, in one language. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return feedResponse(locale);
}
