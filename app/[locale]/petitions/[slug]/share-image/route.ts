import { isLocale } from '@/lib/i18n/locales';
import { petitionShareImage } from '@/lib/petitions/share-image';

export const dynamic = 'force-dynamic';

/** The petition's share card as PNG, with the count as it is now (og:image and twitter:image). */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const image = await petitionShareImage(slug, locale);
  return image ?? new Response('Not found', { status: 404 });
}
