import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PetitionCard } from '@/components/petition-card';
import { alternates } from '@/lib/i18n/alternates';
import { localeParam } from '@/lib/i18n/locale-param';
import { listPetitions } from '@/lib/petitions/queries';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations('Petitions');
  return { title: t('title'), alternates: alternates(locale, '/petitions') };
}

export default async function PetitionsPage({ params }: Props) {
  await localeParam(params);
  const [t, list] = await Promise.all([getTranslations('Petitions'), listPetitions()]);
  return (
    <div className="container">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      {list.length === 0 ? <p>{t('empty')}</p> : null}
      <div className="petition-list">
        {list.map((p) => (
          <PetitionCard key={p.id} petition={p} />
        ))}
      </div>
    </div>
  );
}
