import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CaseCard } from '@/components/case-card';
import { CaseFilters } from '@/components/case-filters';
import { parseCaseListParams } from '@/lib/cases/forms';
import { listCases } from '@/lib/cases/queries';
import { alternates } from '@/lib/i18n/alternates';
import { localeParam } from '@/lib/i18n/locale-param';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Cases' });
  return { title: t('title'), alternates: alternates(locale, '/cases') };
}

export default async function CasesPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const filters = parseCaseListParams(await searchParams);
  const [t, people] = await Promise.all([getTranslations('Cases'), listCases(locale, filters)]);
  return (
    <div className="container">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <CaseFilters values={filters} />
      <p role="status" className="result-count">
        {t('count', { count: people.length })}
      </p>
      {people.length === 0 ? <p>{t('empty')}</p> : null}
      <div className="case-list">
        {people.map((person) => (
          <CaseCard key={person.id} person={person} />
        ))}
      </div>
    </div>
  );
}
