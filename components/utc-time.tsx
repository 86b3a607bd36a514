import { useLocale } from 'next-intl';
import { formatUtcMoment } from '@/lib/i18n/dates';

/** A moment as the dashboard and the mailbox show it: to the second, in UTC, in the page's language, with a machine-readable datetime. */
export function UtcTime({ at }: { at: Date }) {
  const locale = useLocale();
  return <time dateTime={at.toISOString()}>{formatUtcMoment(at, locale)}</time>;
}
