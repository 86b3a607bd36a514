import { getTranslations } from 'next-intl/server';
import { GeoMap } from '@/components/geo-map';
import { PicketCard } from '@/components/picket-card';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { countryName, isCountryCode } from '@/lib/countries';
import { groupByDate, listPublicPickets, picketPlaces } from '@/lib/pickets/queries';

type Query = Record<string, string | string[] | undefined>;

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v.trim().slice(0, 100) : '');

/** The pickets list, its filters and its map: the cached page (no query) and the filtered one draw it alike. */
export async function PicketList({ locale, query }: { locale: Locale; query: Query }) {
  const t = await getTranslations('Pickets');
  const country = one(query.country).toUpperCase();
  const city = one(query.city);
  const past = query.past === '1';
  const filter = { country: isCountryCode(country) ? country : undefined, city: city || undefined, past };
  const [list, places] = await Promise.all([listPublicPickets(filter), picketPlaces()]);
  const days = groupByDate(list, { newestFirst: past });
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
            {day.isDayOfAction ? <span className="badge"> {t('dayOfAction', { count: day.happening.length })}</span> : null}
          </h3>
          {day.happening.length > 0 ? (
            <ul className="picket-list">
              {day.happening.map((p) => (
                <li key={p.id}>
                  <PicketCard picket={p} />
                </li>
              ))}
            </ul>
          ) : null}
          {day.cancelled.length > 0 ? (
            // Cancelled pickets stay listed, so people who planned to come learn it here, but apart
            // and uncounted: the day's count is what takes place.
            <>
              <p id={`cancelled-${day.date}`} className="picket-cancelled-heading">
                {t('cancelledOnDay', { count: day.cancelled.length })}
              </p>
              <ul className="picket-list picket-list-cancelled" aria-labelledby={`cancelled-${day.date}`}>
                {day.cancelled.map((p) => (
                  <li key={p.id}>
                    <PicketCard picket={p} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ))}
    </div>
  );
}
