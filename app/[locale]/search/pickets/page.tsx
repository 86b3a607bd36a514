import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PicketList } from '@/components/picket-list';
import { alternates } from '@/lib/i18n/alternates';
import { localeParam } from '@/lib/i18n/locale-param';

// /:locale/pickets with filters in the URL (proxy.ts sends it here; the address stays the same),
// rendered per request: see app/[locale]/pickets/page.tsx.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations('Pickets');
  return { title: t('title'), description: t('intro'), alternates: alternates(locale, '/pickets') };
}

export default async function FilteredPicketsPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  return <PicketList locale={locale} query={await searchParams} />;
}
