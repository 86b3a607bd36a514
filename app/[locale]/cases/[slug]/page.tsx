import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { ClientMessages } from '@/components/client-messages';
import { CaseDetails } from '@/components/case-details';
import { CitationMarks } from '@/components/citation-marks';
import { PetitionCard } from '@/components/petition-card';
import { LocalizedText } from '@/components/localized-text';
import { Portrait } from '@/components/portrait';
import { SourceList } from '@/components/source-list';
import { StatusLine } from '@/components/status-line';
import { Timeline } from '@/components/timeline';
import { getCaseProfile } from '@/lib/cases/queries';
import { isMemorial } from '@/lib/cases/status';
import { showsOnPage } from '@/lib/cache/tags';
import { alternates } from '@/lib/i18n/alternates';
import { localeParam } from '@/lib/i18n/locale-param';
import { pickText } from '@/lib/i18n/localized';
import { listPetitions } from '@/lib/petitions/queries';
import { SubscribeForm } from '@/components/subscribe-form';
import { SupportLine } from '@/components/support-line';
import { Link } from '@/lib/i18n/navigation';
import { listPublicActions } from '@/lib/letters/queries';
import { countryName } from '@/lib/countries';
import { publicResolutions } from '@/lib/resolutions/queries';
import { UpdateEntry } from '@/components/update-entry';
import { listPublishedUpdates } from '@/lib/updates/queries';
import { subscribeAction } from '../../subscriptions/subscribe-action';

// Served from the page cache: rendered once per language, then again only when what it shows
// changes (lib/cache/tags.ts) or, for what changes by itself, after this many seconds.
export const revalidate = 60;
// No page is rendered during the build (it has no database): each is rendered on its first visit.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

// generateMetadata and the page ask for the same profile; read it once per request.
const profileFor = cache(getCaseProfile);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const { slug } = await params;
  const profile = await profileFor(slug);
  if (!profile) return {};
  return {
    title: pickText(profile.case.name, locale),
    description: pickText(profile.case.summary, locale),
    alternates: { ...alternates(locale, `/cases/${slug}`), types: { 'application/atom+xml': `/api/feeds/cases/${slug}/${locale}` } },
  };
}

export default async function CaseProfilePage({ params }: Props) {
  const locale = await localeParam(params);
  // Before the lookup: a 404 is cached too, and must go once the record appears.
  await showsOnPage('cases', 'petitions', 'updates', 'letters', 'resolutions');
  const { slug } = await params;
  const profile = await profileFor(slug);
  if (!profile) notFound();
  const [t, tp, tu, ts, tl, tr, petitions, updates, letterActions, resolutions] = await Promise.all([
    getTranslations('Profile'),
    getTranslations('Petitions'),
    getTranslations('Updates'),
    getTranslations('Subscribe'),
    getTranslations('Letters'),
    getTranslations('Resolutions'),
    listPetitions({ caseId: profile.case.id }),
    listPublishedUpdates({ caseId: profile.case.id, limit: 20 }),
    listPublicActions({ caseId: profile.case.id }),
    publicResolutions({ caseSlug: profile.case.slug, limit: 50 }),
  ]);
  const { case: person, status } = profile;
  const name = pickText(person.name, locale)!;
  const memorial = isMemorial(status?.status);

  return (
    <article className={`container profile${memorial ? ' memorial' : ''}`}>
      <header className="profile-header">
        <Portrait
          name={name}
          slug={person.slug}
          photoPath={person.photoPath}
          photoConsent={person.photoConsent}
          photoCredit={person.photoCredit}
          size={120}
        />
        <div>
          {memorial ? <p className="memorial-label">{t('memorial')}</p> : null}
          <h1>
            {name}
            {person.birthYear && memorial && status?.since ? (
              <span className="life-dates">
                {' '}
                ({person.birthYear}–{status.since.slice(0, 4)})
              </span>
            ) : null}
          </h1>
          <p className="profile-status">
            <StatusLine status={status} />
            {status ? <CitationMarks numbers={profile.cited('status', status.id)} /> : null}
          </p>
          {status && !status.confirmed ? <p className="notice">{t('notConfirmedExplainer')}</p> : null}
          {status?.note ? <LocalizedText value={status.note} /> : null}
          <LocalizedText value={person.summary} />
          <CitationMarks numbers={profile.cited('case', person.id)} />
        </div>
      </header>

      {letterActions.some((a) => a.status === 'open') ? (
        <section aria-labelledby="letters-heading">
          <h2 id="letters-heading">{tl('listTitle')}</h2>
          <ul>
            {letterActions
              .filter((a) => a.status === 'open')
              .map((a) => (
                <li key={a.id}>
                  <Link href={`/letters/${a.slug}`}>{pickText(a.title, locale)}</Link> — {tl('total', { count: a.sent })}
                </li>
              ))}
          </ul>
        </section>
      ) : null}

      {resolutions.length > 0 ? (
        <section aria-labelledby="resolutions-heading">
          <h2 id="resolutions-heading">{tr('title')}</h2>
          <SupportLine caseId={person.id} />
          <ul>
            {resolutions.map((r) => (
              <li key={r.id}>
                {r.organisation} ({countryName(r.country, locale)}
                {r.members ? `, ${tr('members', { count: r.members })}` : ''})
              </li>
            ))}
          </ul>
          <p>
            <Link href={`/resolutions?case=${person.slug}`}>{tr('title')}</Link>
          </p>
        </section>
      ) : null}

      {petitions.length > 0 ? (
        <section aria-labelledby="petitions-heading">
          <h2 id="petitions-heading">{tp('casePetitions')}</h2>
          <div className="petition-cards">
            {petitions.map((p) => (
              <PetitionCard key={p.id} petition={p} headingLevel={3} />
            ))}
          </div>
        </section>
      ) : null}

      <CaseDetails profile={profile} />

      <section aria-labelledby="updates-heading">
        <h2 id="updates-heading">{tu('profileHeading')}</h2>
        {updates.length === 0 ? <p>{tu('emptyCase')}</p> : updates.map((u) => <UpdateEntry key={u.id} update={u} headingLevel={3} showCase={false} />)}
        <p>
          <a href={`/api/feeds/cases/${person.slug}/${locale}`} type="application/atom+xml">
            {tu('feedCase')}
          </a>
        </p>
        <ClientMessages namespaces={['Subscribe']}>
          <SubscribeForm
            action={subscribeAction}
            caseKey={person.slug}
            heading={ts('heading', { name })}
            intro={memorial ? ts('introMemorial') : ts('intro')}
            permalink={`/${locale}/cases/${person.slug}`}
            headingLevel={3}
          />
        </ClientMessages>
      </section>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('timeline')}</h2>
        <Timeline events={profile.timeline} cited={(id) => profile.cited('timeline', id)} />
      </section>

      <section aria-labelledby="biography-heading">
        <h2 id="biography-heading">{t('biography')}</h2>
        <LocalizedText value={person.biography} />
      </section>

      <section aria-labelledby="help-heading" className="help">
        <h2 id="help-heading">{t('howToHelp')}</h2>
        {person.howToHelp ? <LocalizedText value={person.howToHelp} /> : null}
        {memorial ? null : (
          <ul>
            <li>{t('helpShare')}</li>
            <li>{t('helpUnion')}</li>
          </ul>
        )}
      </section>

      <SourceList sources={profile.sources} heading={t('sources')} />
    </article>
  );
}
