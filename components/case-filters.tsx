import { useTranslations } from 'next-intl';
import type { CaseListParams } from '@/lib/cases/forms';
import { MAX_QUERY_LENGTH } from '@/lib/cases/name-search';
import { caseStatuses } from '@/lib/cases/status';
import { Link } from '@/lib/i18n/navigation';

/** A plain GET form: filters live in the URL, work without JavaScript and can be shared. */
export function CaseFilters({ values }: { values: CaseListParams }) {
  const t = useTranslations('Cases');
  const status = useTranslations('Status');
  return (
    // Keyed by the values so that a navigation to other filters (or to none) resets the fields,
    // which React would otherwise keep as they were typed.
    <form key={JSON.stringify(values)} method="get" className="filters" role="search" aria-label={t('filters')}>
      <div className="field">
        <label htmlFor="q">{t('search')}</label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={values.q ?? ''}
          maxLength={MAX_QUERY_LENGTH}
          aria-describedby="q-hint"
          autoComplete="off"
        />
        <p id="q-hint" className="hint">
          {t('searchHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor="status">{t('status')}</label>
        <select id="status" name="status" defaultValue={values.status ?? ''}>
          <option value="">{t('anyStatus')}</option>
          {caseStatuses.map((s) => (
            <option key={s} value={s}>
              {status(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="sort">{t('sort')}</label>
        <select id="sort" name="sort" defaultValue={values.sort}>
          <option value="name">{t('sortName')}</option>
          <option value="recent">{t('sortRecent')}</option>
        </select>
      </div>
      <div className="actions">
        <button type="submit">{t('apply')}</button>
        <Link href="/cases">{t('reset')}</Link>
      </div>
    </form>
  );
}
