import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { countryName } from '@/lib/countries';
import type { PublicPicket } from '@/lib/pickets/queries';
import { publicStatus } from '@/lib/pickets/status';

/** A picket in a list: title, when in its own zone, where, and whether it is cancelled. */
export function PicketCard({ picket }: { picket: PublicPicket }) {
  const t = useTranslations('Pickets');
  const locale = useLocale() as Locale;
  const status = publicStatus(picket);
  const when = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: picket.timeZone }).formatRange(picket.startsAt, picket.endsAt);
  return (
    <article className="picket-card">
      <h4>
        <Link href={`/pickets/${picket.id}`}>{picket.title}</Link>
      </h4>
      <p>
        {when} ({picket.timeZone.replaceAll('_', ' ')}) · {picket.venue}, {picket.city}, {countryName(picket.country, locale)}
      </p>
      {status !== 'approved' ? <p className="status-line">{t(`status.${status}`)}</p> : null}
    </article>
  );
}
