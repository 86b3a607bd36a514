import { useLocale, useTranslations } from 'next-intl';
import type { TimelineEventRow } from '@/db/schema';
import { formatDate } from '@/lib/i18n/dates';
import type { Locale } from '@/lib/i18n/locales';
import { CitationMarks } from './citation-marks';
import { LocalizedText } from './localized-text';

export function Timeline({ events, cited }: { events: TimelineEventRow[]; cited: (id: string) => number[] }) {
  const t = useTranslations('Timeline');
  const locale = useLocale() as Locale;
  return (
    <ol className="timeline">
      {events.map((e) => (
        <li key={e.id}>
          <time dateTime={e.occurredOn}>{formatDate(e.occurredOn, locale, e.precision)}</time>
          <div>
            <span className="tag">{t(e.kind)}</span> <LocalizedText value={e.title} as="span" />
            <CitationMarks numbers={cited(e.id)} />
            {e.body ? <LocalizedText value={e.body} /> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
