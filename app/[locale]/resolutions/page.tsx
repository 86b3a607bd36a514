import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { SupportLine } from '@/components/support-line';
import { listCases } from '@/lib/cases/queries';
import { alternates } from '@/lib/i18n/alternates';
import { localeParam } from '@/lib/i18n/locale-param';
import { pickText } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { countryName, countryOptions } from '@/lib/countries';
import { publicResolutions } from '@/lib/resolutions/queries';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations('Resolutions');
  return {
    title: t('title'),
    alternates: { ...alternates(locale, '/resolutions'), types: { 'application/atom+xml': `/api/feeds/resolutions/${locale}` } },
  };
}

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

/** Approved resolutions, filtered by country and person in the address (a GET form: it works without script). */
export default async function ResolutionsPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const query = await searchParams;
  const country = one(query.country)?.toUpperCase();
  const person = one(query.case);
  const [t, format, list, people] = await Promise.all([
    getTranslations('Resolutions'),
    getFormatter(),
    publicResolutions({ country, caseSlug: person }),
    listCases(locale),
  ]);
  return (
    <div className="container">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <SupportLine caseId={null} />
      <p>
        <Link href="/resolutions/submit">{t('submitLink')}</Link> · <a href={`/api/feeds/resolutions/${locale}`}>{t('feed')}</a>
      </p>
      <form method="get" className="filters" aria-label={t('filter')}>
        <div className="field">
          <label htmlFor="filter-country">{t('country')}</label>
          <select id="filter-country" name="country" defaultValue={country ?? ''}>
            <option value="">{t('anyCountry')}</option>
            {countryOptions(locale).map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-case">{t('case')}</label>
          <select id="filter-case" name="case" defaultValue={person ?? ''}>
            <option value="">{t('anyCase')}</option>
            {people.map((p) => (
              <option key={p.slug} value={p.slug}>
                {pickText(p.name, locale)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('apply')}</button>
      </form>
      {list.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="resolution-list">
          {list.map((r) => (
            <li key={r.id} id={`resolution-${r.id}`}>
              <article aria-labelledby={`resolution-${r.id}-name`}>
                <h2 id={`resolution-${r.id}-name`}>{r.organisation}</h2>
                <p className="hint">
                  {countryName(r.country, locale)} · {t('passedOn', { date: format.dateTime(new Date(`${r.passedOn}T12:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' }) })}
                  {r.members ? ` · ${t('members', { count: r.members })}` : ''}
                </p>
                {r.cases.length ? <p>{t('concerns', { names: r.cases.map((c) => pickText(c.name, locale)!).join(', ') })}</p> : null}
                {(r.body ?? '')
                  .split(/\n\s*\n/)
                  .filter(Boolean)
                  .map((p, i) => (
                    <p key={i}>{p}</p>
                  ))}
                {r.hasPdf ? (
                  <p>
                    <a href={`/api/resolutions/${r.id}/pdf`}>{t('pdf')}</a>
                  </p>
                ) : null}
              </article>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
