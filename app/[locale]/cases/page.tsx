import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CaseList } from '@/components/case-list';
import { showsOnPage } from '@/lib/cache/tags';
import { parseCaseListParams } from '@/lib/cases/forms';
import { listCases } from '@/lib/cases/queries';
import { alternates } from '@/lib/i18n/alternates';
import { localeParam } from '@/lib/i18n/locale-param';

// The list without filters, served from the page cache (lib/cache/tags.ts). A URL with filters
// (?q=, ?status=, ?sort=) is sent by proxy.ts to app/[locale]/search/cases, rendered per request:
// any query is a new page, and caching each would let anyone fill the cache with made-up queries.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Cases' });
  return { title: t('title'), alternates: alternates(locale, '/cases') };
}

export default async function CasesPage({ params }: Props) {
  const locale = await localeParam(params);
  await showsOnPage('cases');
  const filters = parseCaseListParams({});
  return <CaseList people={await listCases(locale, filters)} filters={filters} />;
}
