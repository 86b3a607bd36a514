import { getTranslations } from 'next-intl/server';
import { CaseCard } from '@/components/case-card';
import { CaseFilters } from '@/components/case-filters';
import type { CaseListParams } from '@/lib/cases/forms';
import type { listCases } from '@/lib/cases/queries';

/** The people list with its filters: the cached page (no filter) and the filtered one draw it alike. */
export async function CaseList({ people, filters }: { people: Awaited<ReturnType<typeof listCases>>; filters: CaseListParams }) {
  const t = await getTranslations('Cases');
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
