import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/client-messages';
import { CaseCard } from '@/components/case-card';
import { PetitionCard } from '@/components/petition-card';
import { caseTotals, listCases } from '@/lib/cases/queries';
import { showsOnPage } from '@/lib/cache/tags';
import { alternates } from '@/lib/i18n/alternates';
import { localeParam } from '@/lib/i18n/locale-param';
import { Link } from '@/lib/i18n/navigation';
import { listPetitions } from '@/lib/petitions/queries';
import { SubscribeForm } from '@/components/subscribe-form';
import { subscribeAction } from './subscriptions/subscribe-action';

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
  return { alternates: alternates(locale, '/') };
}

export default async function HomePage({ params }: Props) {
  const locale = await localeParam(params);
  await showsOnPage('cases', 'petitions', 'updates');
  const [t, tt, tp, ts, people, totals, petitions] = await Promise.all([
    getTranslations('Home'),
    getTranslations('Totals'),
    getTranslations('Petitions'),
    getTranslations('Subscribe'),
    listCases(locale, { sort: 'name' }),
    caseTotals(),
    listPetitions(),
  ]);
  const openPetitions = petitions.filter((p) => p.status === 'open');
  return (
    <>
      <section className="hero">
        <div className="container">
          <h1>{t('title')}</h1>
          <p className="lead">{t('lead')}</p>
          <p>
            <Link href="/zhanaozen-2011" className="button">
              {t('readZhanaozen')}
            </Link>
          </p>
        </div>
      </section>
      <div className="container">
        <section aria-labelledby="totals-heading">
          <h2 id="totals-heading">{t('totals')}</h2>
          <ul className="totals">
            <li>{tt('held', { count: totals.held })}</li>
            <li>{tt('free', { count: totals.free })}</li>
            <li>{tt('died', { count: totals.died })}</li>
          </ul>
        </section>
        <section aria-labelledby="people-heading">
          <h2 id="people-heading">{t('people')}</h2>
          <div className="case-grid">
            {people.map((person) => (
              <CaseCard key={person.id} person={person} headingLevel={3} />
            ))}
          </div>
          <p>
            <Link href="/cases">{t('allCases')}</Link>
          </p>
        </section>
        {openPetitions.length > 0 ? (
          <section aria-labelledby="petitions-heading">
            <h2 id="petitions-heading">{tp('homeHeading')}</h2>
            <div className="petition-cards">
              {openPetitions.map((p) => (
                <PetitionCard key={p.id} petition={p} headingLevel={3} />
              ))}
            </div>
            <p>
              <Link href="/petitions">{tp('allPetitions')}</Link>
            </p>
          </section>
        ) : null}
        <section aria-labelledby="act-heading">
          <h2 id="act-heading">{t('act')}</h2>
          <ul>
            <li>{t('actRead')}</li>
            <li>{t('actUnion')}</li>
            <li>{t('actEmbassy')}</li>
          </ul>
          <p>
            <Link href="/updates">{ts('allUpdates')}</Link>
          </p>
        </section>
        <ClientMessages namespaces={['Subscribe']}>
          <SubscribeForm action={subscribeAction} caseKey="all" heading={ts('headingAll')} intro={ts('introAll')} permalink={`/${locale}`} />
        </ClientMessages>
      </div>
    </>
  );
}
