import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import type { PublicPicket } from '@/lib/pickets/queries';
import { placeOf } from '@/lib/pickets/place';
import { publicStatus } from '@/lib/pickets/status';

/** A picket in a list: title, when in its own zone (named), the full place, and whether it is cancelled. */
export function PicketCard({ picket }: { picket: PublicPicket }) {
  const t = useTranslations('Pickets');
  const locale = useLocale() as Locale;
  const status = publicStatus(picket);
  // The day's heading gives the date; a picket past midnight still shows both dates.
  const when = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: picket.timeZone }).formatRange(picket.startsAt, picket.endsAt);
  return (
    <article className="picket-card">
      <h4>
        <Link href={`/pickets/${picket.id}`}>{picket.title}</Link>
      </h4>
      <p>
        {when} ({picket.timeZone.replaceAll('_', ' ')}) · {placeOf(picket, locale)}
      </p>
      {status !== 'approved' ? <p className="status-line">{t(`status.${status}`)}</p> : null}
    </article>
  );
}
