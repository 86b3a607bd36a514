import { useLocale, useTranslations } from 'next-intl';
import type { PicketRow } from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import { placeOf } from '@/lib/pickets/place';
import { picketWhen } from '@/lib/pickets/time';

type Props = { picket: Pick<PicketRow, 'startsAt' | 'endsAt' | 'timeZone' | 'venue' | 'address' | 'city' | 'country'> };

/** The "When" and "Where" rows of a picket's details list, as every page shows them (and the mails, in emails/picket-details.tsx). */
export function PicketWhenWhere({ picket }: Props) {
  const t = useTranslations('Pickets');
  const locale = useLocale() as Locale;
  return (
    <>
      <dt>{t('when')}</dt>
      <dd>{picketWhen(picket.startsAt, picket.endsAt, picket.timeZone, locale)}</dd>
      <dt>{t('where')}</dt>
      <dd>{placeOf(picket, locale)}</dd>
    </>
  );
}
