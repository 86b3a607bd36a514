import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { LocalizedText } from '@/components/localized-text';
import { localeParam } from '@/lib/i18n/locale-param';
import { pickText } from '@/lib/i18n/localized';
import { countryName } from '@/lib/countries';
import { deliveryTotals } from '@/lib/petitions/export';
import { getPetitionPage } from '@/lib/petitions/queries';
import { SupportLine } from '@/components/support-line';
import { publicResolutions } from '@/lib/resolutions/queries';

// Rendered per request, never cached: it answers one visitor (a link from their mail, a form they
// sent) or is not one of the cached public pages (lib/cache/tags.ts).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const { slug } = await params;
  const page = await getPetitionPage(slug);
  const t = await getTranslations('Petitions');
  return page ? { title: t('printTitle', { title: pickText(page.petition.title, locale)! }), robots: { index: false } } : {};
}

/** Totals by country, online and on paper, to print and hand to the target. Names stay in the CSV export. */
export default async function PrintPage({ params }: Props) {
  const locale = await localeParam(params);
  const { slug } = await params;
  const page = await getPetitionPage(slug);
  if (!page) notFound();
  const [t, tr, format, totals, resolutions] = await Promise.all([
    getTranslations('Petitions'),
    getTranslations('Resolutions'),
    getFormatter(),
    deliveryTotals(page.petition.id),
    // A petition of the campaign is backed by every resolution; one for a person by theirs.
    page.person ? publicResolutions({ caseSlug: page.person.slug }) : publicResolutions(),
  ]);
  const n = (v: number) => format.number(v);
  return (
    <article className="container print-sheet">
      <h1>{t('printTitle', { title: pickText(page.petition.title, locale)! })}</h1>
      <p>{t('printLead', { target: pickText(page.petition.target, locale)! })}</p>
      <LocalizedText value={page.petition.body} />
      <table className="country-table">
        <caption>{t('totalsAsOf', { date: format.dateTime(new Date(), { dateStyle: 'long', timeStyle: 'short' }) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('country')}</th>
            <th scope="col">{t('online')}</th>
            <th scope="col">{t('paperColumn')}</th>
            <th scope="col">{t('total')}</th>
          </tr>
        </thead>
        <tbody>
          {totals.byCountry.map((c) => (
            <tr key={c.country}>
              <th scope="row">{countryName(c.country, locale)}</th>
              <td>{n(c.online)}</td>
              <td>{n(c.paper)}</td>
              <td>{n(c.online + c.paper)}</td>
            </tr>
          ))}
          {totals.paperWithoutCountry > 0 ? (
            <tr>
              <th scope="row">{t('paperNoCountry')}</th>
              <td>{n(0)}</td>
              <td>{n(totals.paperWithoutCountry)}</td>
              <td>{n(totals.paperWithoutCountry)}</td>
            </tr>
          ) : null}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('total')}</th>
            <td>{n(totals.online)}</td>
            <td>{n(totals.paper)}</td>
            <td>{n(totals.online + totals.paper)}</td>
          </tr>
        </tfoot>
      </table>
      {resolutions.length > 0 ? (
        <section aria-labelledby="resolutions-heading">
          <h2 id="resolutions-heading">{tr('title')}</h2>
          <SupportLine caseId={page.petition.caseId} />
          <table className="country-table">
            <thead>
              <tr>
                <th scope="col">{tr('organisation')}</th>
                <th scope="col">{tr('country')}</th>
                <th scope="col">{tr('membersField')}</th>
                <th scope="col">{tr('passedOnField')}</th>
              </tr>
            </thead>
            <tbody>
              {resolutions.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.organisation}</th>
                  <td>{countryName(r.country, locale)}</td>
                  <td>{r.members ? n(r.members) : ''}</td>
                  <td>{r.passedOn}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </article>
  );
}
