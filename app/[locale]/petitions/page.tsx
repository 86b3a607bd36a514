import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PetitionCard } from '@/components/petition-card';
import { showsOnPage } from '@/lib/cache/tags';
import { alternates } from '@/lib/i18n/alternates';
import { localeParam } from '@/lib/i18n/locale-param';
import { listPetitions } from '@/lib/petitions/queries';

// Served from the page cache: rendered once per language, then again only when what it shows
// changes (lib/cache/tags.ts) or, for what changes by itself, after this many seconds.
export const revalidate = 60;
// No page is rendered during the build (it has no database): each is rendered on its first visit.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations('Petitions');
  return { title: t('title'), alternates: alternates(locale, '/petitions') };
}

export default async function PetitionsPage({ params }: Props) {
  await localeParam(params);
  await showsOnPage('petitions', 'cases');
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
