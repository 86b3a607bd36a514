import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { GeoMap } from '@/components/geo-map';
import { PicketCard } from '@/components/picket-card';
import { alternates } from '@/lib/i18n/alternates';
import { localeParam } from '@/lib/i18n/locale-param';
import { Link } from '@/lib/i18n/navigation';
import { countryName, isCountryCode } from '@/lib/countries';
import { groupByDate, listPublicPickets, picketPlaces } from '@/lib/pickets/queries';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations('Pickets');
  return { title: t('title'), description: t('intro'), alternates: alternates(locale, '/pickets') };
}

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v.trim().slice(0, 100) : '');

export default async function PicketsPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const query = await searchParams;
  const t = await getTranslations('Pickets');
  const country = one(query.country).toUpperCase();
  const city = one(query.city);
  const past = query.past === '1';
  const filter = { country: isCountryCode(country) ? country : undefined, city: city || undefined, past };
  const [list, places] = await Promise.all([listPublicPickets(filter), picketPlaces()]);
  const days = groupByDate(list);
  const countries = [...new Set(places.map((p) => p.country))];
  const cities = [...new Set(places.filter((p) => !filter.country || p.country === filter.country).map((p) => p.city))];
  const marks = list.flatMap((p) =>
    p.lat !== null && p.lon !== null && p.status === 'approved' ? [{ lat: p.lat, lon: p.lon, label: `${p.city}: ${p.title}`, href: `/${locale}/pickets/${p.id}` }] : [],
  );
  const feed = `/api/pickets/calendar${filter.country ? `?country=${filter.country}` : ''}`;

  return (
    <div className="container">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p>
        <Link href="/pickets/propose" className="button">
          {t('propose.title')}
        </Link>{' '}
        <a href={feed}>{filter.country ? t('feedCountry', { country: countryName(filter.country, locale) }) : t('feed')}</a>
      </p>

      <form method="get" className="filters" aria-label={t('filter.label')}>
        <div className="field">
          <label htmlFor="country">{t('fields.country')}</label>
          <select id="country" name="country" defaultValue={filter.country ?? ''}>
            <option value="">{t('filter.allCountries')}</option>
            {countries.map((c) => (
              <option key={c} value={c}>
                {countryName(c, locale)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="city">{t('fields.city')}</label>
          <select id="city" name="city" defaultValue={city}>
            <option value="">{t('filter.allCities')}</option>
            {cities.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        {past ? <input type="hidden" name="past" value="1" /> : null}
        <button type="submit">{t('filter.submit')}</button>
      </form>

      <p>
        {past ? <Link href="/pickets">{t('upcoming')}</Link> : <Link href="/pickets?past=1">{t('pastLink')}</Link>}
      </p>

      {marks.length > 0 ? <GeoMap region="europe" label={t('mapLabel')} marks={marks} locale={locale} className="pickets-map" /> : null}

      <h2>{past ? t('pastHeading') : t('upcomingHeading')}</h2>
      {days.length === 0 ? <p>{t('none')}</p> : null}
      {days.map((day) => (
        <section key={day.date} aria-labelledby={`day-${day.date}`} className="picket-day">
          <h3 id={`day-${day.date}`}>
            {new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${day.date}T12:00:00Z`))}
            {day.pickets.length > 1 ? <span className="badge"> {t('dayOfAction', { count: day.pickets.length })}</span> : null}
          </h3>
          <ul className="picket-list">
            {day.pickets.map((p) => (
              <li key={p.id}>
                <PicketCard picket={p} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
