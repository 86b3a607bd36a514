import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CaseList } from '@/components/case-list';
import { parseCaseListParams } from '@/lib/cases/forms';
import { listCases } from '@/lib/cases/queries';
import { alternates } from '@/lib/i18n/alternates';
import { localeParam } from '@/lib/i18n/locale-param';

// /:locale/cases with filters in the URL (proxy.ts sends it here; the address stays the same),
// rendered per request: see app/[locale]/cases/page.tsx.
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Cases' });
  return { title: t('title'), alternates: alternates(locale, '/cases') };
}

export default async function FilteredCasesPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const filters = parseCaseListParams(await searchParams);
  return <CaseList people={await listCases(locale, filters)} filters={filters} />;
}
