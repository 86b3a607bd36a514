import { useLocale } from 'next-intl';
import type { SourceRow } from '@/db/schema';
import { formatDate } from '@/lib/i18n/dates';
import type { Locale } from '@/lib/i18n/locales';

export function SourceList({ sources, heading }: { sources: (SourceRow & { number: number })[]; heading: string }) {
  const locale = useLocale() as Locale;
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="sources-heading" className="sources">
      <h2 id="sources-heading">{heading}</h2>
      <ol>
        {sources.map((s) => (
          <li key={s.id} id={`source-${s.number}`} value={s.number}>
            {s.url ? (
              <a href={s.url} rel="noopener noreferrer external">
                {s.title}
              </a>
            ) : (
              <cite>{s.title}</cite>
            )}
            {'. '}
            {s.publisher}
            {s.publishedOn ? `, ${formatDate(s.publishedOn, locale)}` : null}.
          </li>
        ))}
      </ol>
    </section>
  );
}
