import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { UpdateEntry } from '@/components/update-entry';
import { appUrl } from '@/lib/site-url';
import { showsOnPage } from '@/lib/cache/tags';
import { alternates } from '@/lib/i18n/alternates';
import { localeParam } from '@/lib/i18n/locale-param';
import { pick, pickText } from '@/lib/i18n/localized';
import { plainText } from '@/lib/updates/markdown';
import { getPublishedUpdate } from '@/lib/updates/queries';

// Served from the page cache: rendered once per language, then again only when what it shows
// changes (lib/cache/tags.ts) or, for what changes by itself, after this many seconds.
export const revalidate = 60;
// No page is rendered during the build (it has no database): each is rendered on its first visit.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; id: string }> };

const updateFor = cache(getPublishedUpdate);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const { id } = await params;
  const update = await updateFor(id);
  if (!update) return {};
  const title = pick(update.title, locale);
  return {
    title: title.text,
    description: plainText(update.body[title.locale] ?? update.body.en, appUrl()).slice(0, 200),
    alternates: alternates(locale, `/updates/${id}`),
  };
}

export default async function UpdatePage({ params }: Props) {
  const locale = await localeParam(params);
  // Before the lookup: a 404 is cached too, and must go once the record appears.
  await showsOnPage('updates', 'cases', 'petitions', 'pickets');
  const { id } = await params;
  const update = await updateFor(id);
  if (!update) notFound();
  const t = await getTranslations('Updates');
  return (
    <div className="container narrow">
      <p>
        <a href={`/${locale}/updates`}>{t('all')}</a>
        {update.case ? (
          <>
            {' · '}
            <a href={`/${locale}/cases/${update.case.slug}`}>{pickText(update.case.name, locale)}</a>
          </>
        ) : null}
      </p>
      <UpdateEntry update={update} headingLevel={1} link={false} />
    </div>
  );
}
