import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { ClientMessages } from '@/components/client-messages';
import { GeoMapImage } from '@/components/geo-map';
import { LIVE_COUNT_SCRIPT, LiveCountryTable, LiveProgress, LiveSigners } from '@/components/live-petition-count';
import { LocalizedText } from '@/components/localized-text';
import { ShareLinks } from '@/components/share-links';
import { SignForm } from '@/components/sign-form';
import { SupportLine } from '@/components/support-line';
import { showsOnPage } from '@/lib/cache/tags';
import { alternates } from '@/lib/i18n/alternates';
import { localeParam } from '@/lib/i18n/locale-param';
import { pickText } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { countryOptions } from '@/lib/countries';
import { appUrl } from '@/lib/site-url';
import { liveCount, recentPetitionPage } from '@/lib/petitions/queries';
import { SHARE_IMAGE } from '@/lib/petitions/share-image';
import { isOpenForSigning } from '@/lib/petitions/sign';
import { signAction } from './actions';

// Served from the page cache: rendered once per language, then again only when what it shows
// changes (lib/cache/tags.ts) or, for what changes by itself, after this many seconds.
export const revalidate = 1; // the count, the recent signers and the table: at most a second behind
// No page is rendered during the build (it has no database): each is rendered on its first visit.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

const pageFor = cache(recentPetitionPage);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const { slug } = await params;
  const page = await pageFor(slug);
  if (!page) return {};
  const title = pickText(page.petition.title, locale) ?? undefined;
  const description = pickText(page.petition.summary, locale) ?? undefined;
  const t = await getTranslations('Petitions');
  const image = { url: `${appUrl()}/${locale}/petitions/${slug}/share-image`, ...SHARE_IMAGE, alt: t('shareImageAlt', { title: title ?? '' }) };
  return {
    title,
    description,
    alternates: alternates(locale, `/petitions/${slug}`),
    openGraph: { type: 'website', title, description, url: `${appUrl()}/${locale}/petitions/${slug}`, images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}

export default async function PetitionPage({ params }: Props) {
  const locale = await localeParam(params);
  // Before the lookup: a 404 is cached too, and must go once the record appears.
  await showsOnPage('petitions', 'cases', 'resolutions');
  const { slug } = await params;
  const page = await pageFor(slug);
  if (!page) notFound();
  const [t, format] = await Promise.all([getTranslations('Petitions'), getFormatter()]);
  const { petition, person, tally, paper } = page;
  const live = liveCount(page);
  const countries = countryOptions(locale);
  const title = pickText(petition.title, locale)!;
  const url = `${appUrl()}/${locale}/petitions/${slug}`;
  const open = isOpenForSigning(petition);

  return (
    // The sign form's texts: the one client component of this page.
    <ClientMessages namespaces={['Sign']}>
      <article className="container petition">
        <header>
          {person ? (
            <p className="petition-for">
              {t('forPerson', { name: pickText(person.name, locale)! })}
            </p>
          ) : null}
          <h1>{title}</h1>
          <p className="petition-target">
            <strong>{t('to')}:</strong> <LocalizedText value={petition.target} as="span" />
          </p>
          <LiveProgress slug={slug} initial={live} />
          {paper > 0 ? <p className="hint">{t('paper', { count: paper })}</p> : null}
          <SupportLine caseId={petition.caseId} />
        </header>

        <div className="petition-columns">
          <div>
            <LocalizedText value={petition.body} />
            {person ? (
              <p>
                <Link href={`/cases/${person.slug}`}>{t('aboutPerson', { name: pickText(person.name, locale)! })}</Link>
              </p>
            ) : null}
            {petition.status === 'delivered' && petition.deliveredAt ? (
              <p className="notice">
                {t('delivered', {
                  to: petition.deliveredTo ?? '',
                  date: format.dateTime(petition.deliveredAt, { dateStyle: 'long' }),
                  count: petition.deliveredCount ?? 0,
                })}
              </p>
            ) : null}
          </div>

          <section aria-labelledby="sign-heading" className="sign">
            <h2 id="sign-heading">{open ? (await getTranslations('Sign'))('heading') : t(`status_${petition.status}`)}</h2>
            {open ? (
              <SignForm action={signAction.bind(null, slug)} countries={countries} permalink={`/${locale}/petitions/${slug}`} />
            ) : (
              <p>{t('closed')}</p>
            )}
          </section>
        </div>

        <section aria-labelledby="signers-heading">
          <h2 id="signers-heading">{t('signers')}</h2>
          <p className="hint">{t('signersHint')}</p>
          <LiveSigners slug={slug} initial={live} countries={countries} />
        </section>

        <section aria-labelledby="countries-heading">
          <h2 id="countries-heading">{t('byCountry')}</h2>
          {tally.byCountry.length > 0 ? (
            <GeoMapImage
              src={`/api/petitions/${slug}/map.svg`}
              label={t('byCountryMap')}
              legendLabel={t('mapLegend')}
              locale={locale}
              values={Object.fromEntries(tally.byCountry.map((c) => [c.country, c.count]))}
            />
          ) : null}
          <LiveCountryTable slug={slug} initial={live} countries={countries} />
        </section>

        <ShareLinks url={url} title={title} />

        <section aria-labelledby="embed-heading">
          <h2 id="embed-heading">{t('embed')}</h2>
          <p className="hint" id="embed-hint">
            {t('embedHint')}
          </p>
          <label htmlFor="embed-code">{t('embedCode')}</label>
          <textarea
            id="embed-code"
            readOnly
            rows={3}
            aria-describedby="embed-hint"
            value={`<iframe src="${appUrl()}/embed/petitions/${slug}?lang=${locale}" title="${title.replaceAll('"', '&quot;')}" width="320" height="200" style="border:0"></iframe>`}
          />
        </section>

        <p>
          <Link href={`/petitions/${slug}/print`}>{t('print')}</Link>
        </p>
        <script src={LIVE_COUNT_SCRIPT} defer />
      </article>
    </ClientMessages>
  );
}
