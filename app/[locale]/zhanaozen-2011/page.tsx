import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { CaseCard } from '@/components/case-card';
import { CitationMarks } from '@/components/citation-marks';
import { LocalizedText } from '@/components/localized-text';
import { SourceList } from '@/components/source-list';
import { Timeline } from '@/components/timeline';
import { getCampaignPage, listCases } from '@/lib/cases/queries';
import { showsOnPage } from '@/lib/cache/tags';
import { alternates } from '@/lib/i18n/alternates';
import { localeParam } from '@/lib/i18n/locale-param';
import { pickText } from '@/lib/i18n/localized';

// Served from the page cache: rendered once per language, then again only when what it shows
// changes (lib/cache/tags.ts) or, for what changes by itself, after this many seconds.
export const revalidate = 60;
// No page is rendered during the build (it has no database): each is rendered on its first visit.
export function generateStaticParams() {
  return [];
}

const SLUG = 'zhanaozen-2011';
const pageFor = cache(getCampaignPage);

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const page = await pageFor(SLUG);
  if (!page) return {};
  return {
    title: pickText(page.campaign.title, locale),
    description: pickText(page.campaign.summary, locale),
    alternates: alternates(locale, `/${SLUG}`),
  };
}

export default async function ZhanaozenPage({ params }: Props) {
  const locale = await localeParam(params);
  await showsOnPage('cases');
  const [page, people, t] = await Promise.all([pageFor(SLUG), listCases(locale), getTranslations('Campaign')]);
  if (!page) notFound();
  return (
    <article className="container">
      <h1>
        <LocalizedText value={page.campaign.title} as="span" />
      </h1>
      <div className="lead">
        <LocalizedText value={page.campaign.summary} />
      </div>
      <LocalizedText value={page.campaign.body} />
      <CitationMarks numbers={page.cited('campaign', page.campaign.id)} />
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('timeline')}</h2>
        <Timeline events={page.timeline} cited={(id) => page.cited('timeline', id)} />
      </section>
      <section aria-labelledby="people-heading">
        <h2 id="people-heading">{t('people')}</h2>
        <div className="case-grid">
          {people.map((person) => (
            <CaseCard key={person.id} person={person} headingLevel={3} />
          ))}
        </div>
      </section>
      <SourceList sources={page.sources} heading={t('sources')} />
    </article>
  );
}
