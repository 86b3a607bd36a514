import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PicketList } from '@/components/picket-list';
import { showsOnPage } from '@/lib/cache/tags';
import { alternates } from '@/lib/i18n/alternates';
import { localeParam } from '@/lib/i18n/locale-param';

// The coming pickets without filters, served from the page cache (lib/cache/tags.ts); after a
// minute at most, a picket that has passed leaves it. A URL with filters (?country=, ?city=,
// ?past=1) is sent by proxy.ts to app/[locale]/search/pickets, rendered per request, so made-up
// queries cannot fill the cache.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations('Pickets');
  return { title: t('title'), description: t('intro'), alternates: alternates(locale, '/pickets') };
}

export default async function PicketsPage({ params }: Props) {
  const locale = await localeParam(params);
  await showsOnPage('pickets');
  return <PicketList locale={locale} query={{}} />;
}
