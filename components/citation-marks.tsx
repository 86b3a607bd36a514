import { useTranslations } from 'next-intl';

/** Footnote links to the numbered sources at the foot of the page. */
export function CitationMarks({ numbers }: { numbers: number[] }) {
  const t = useTranslations('Profile');
  if (numbers.length === 0) return null;
  return (
    <sup className="citations">
      {numbers.map((n, i) => (
        <span key={n}>
          {i > 0 ? ',' : null}
          <a href={`#source-${n}`} aria-label={t('citedIn', { numbers: n })}>
            [{n}]
          </a>
        </span>
      ))}
    </sup>
  );
}
