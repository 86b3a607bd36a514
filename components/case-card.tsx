import { useLocale } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';
import { pickText } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import type { CaseSummary } from '@/lib/cases/queries';
import { LocalizedText } from './localized-text';
import { Portrait } from './portrait';
import { StatusLine } from './status-line';

export function CaseCard({ person, headingLevel = 2 }: { person: CaseSummary; headingLevel?: 2 | 3 }) {
  const locale = useLocale() as Locale;
  const name = pickText(person.name, locale)!;
  const Heading = `h${headingLevel}` as const;
  return (
    <article className={`case-card${person.status?.status === 'deceased' ? ' memorial' : ''}`}>
      <Portrait
        name={name}
        slug={person.slug}
        photoPath={person.photoPath}
        photoConsent={person.photoConsent}
        photoCredit={person.photoCredit}
        size={72}
      />
      <div>
        <Heading>
          <Link href={`/cases/${person.slug}`}>{name}</Link>
        </Heading>
        <p>
          <StatusLine status={person.status} />
        </p>
        <LocalizedText value={person.summary} />
      </div>
    </article>
  );
}
