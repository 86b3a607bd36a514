import { useLocale, useTranslations } from 'next-intl';
import type { CaseStatusRow } from '@/db/schema';
import { formatDate } from '@/lib/i18n/dates';
import type { Locale } from '@/lib/i18n/locales';

/** A status with when it began and when it was last reported; says so when it is not confirmed. */
export function StatusLine({ status }: { status: CaseStatusRow | null }) {
  const t = useTranslations('Status');
  const locale = useLocale() as Locale;
  if (!status) return <span className="status status-unknown">{t('unknown')}</span>;
  return (
    <span className={`status status-${status.status}`}>
      <strong>{t(status.status)}</strong>
      {status.since ? <> · {t('since', { date: formatDate(status.since, locale, status.sincePrecision) })}</> : null}
      {' · '}
      {t('asOf', { date: formatDate(status.asOf, locale) })}
      {status.confirmed ? null : (
        <>
          {' · '}
          <em className="not-confirmed">{t('notConfirmed')}</em>
        </>
      )}
    </span>
  );
}
