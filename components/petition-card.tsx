import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import type { PetitionSummary } from '@/lib/petitions/queries';
import { LocalizedText } from './localized-text';
import { PetitionProgress } from './petition-progress';

export function PetitionCard({ petition, headingLevel = 2 }: { petition: PetitionSummary; headingLevel?: 2 | 3 }) {
  const t = useTranslations('Petitions');
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="petition-card">
      <Heading>
        <Link href={`/petitions/${petition.slug}`}>
          <LocalizedText value={petition.title} as="span" />
        </Link>
      </Heading>
      {petition.status !== 'open' ? <p className="tag">{t(`status_${petition.status}`)}</p> : null}
      <LocalizedText value={petition.summary} />
      <PetitionProgress id={`p-${petition.slug}`} count={petition.count} goal={petition.goal} />
    </article>
  );
}
