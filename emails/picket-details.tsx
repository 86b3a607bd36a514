import type { Locale } from '@/lib/i18n/locales';
import { picketWhen } from '@/lib/pickets/time';
import type { EmailTranslator } from './i18n';
import { Details } from './layout';

/** When and where a picket is, as every picket mail carries it. */
export type PicketWhenWhere = {
  /** ISO 8601 instants. */
  startsAt: string;
  /** Missing only in mail queued before ends were sent: the start is shown alone then. */
  endsAt?: string;
  /** The picket's own IANA time zone, e.g. Asia/Almaty: times are shown in it, and it is named. */
  timeZone: string;
  /** Venue, address, city and country, in the reader's language. */
  place: string;
};

export const sampleWhenWhere: PicketWhenWhere = {
  startsAt: '2026-12-16T06:00:00Z',
  endsAt: '2026-12-16T08:00:00Z',
  timeZone: 'Asia/Almaty',
  place: 'Embassy of Kazakhstan, 125 Pall Mall, London SW1Y 5EA, United Kingdom',
};

export const whenOf = (p: PicketWhenWhere, locale: Locale) => picketWhen(p.startsAt, p.endsAt, p.timeZone, locale);

export function PicketDetails({ t, locale, ...p }: PicketWhenWhere & { t: EmailTranslator; locale: Locale }) {
  return (
    <Details
      rows={[
        { label: t('picketConfirmation.when'), value: whenOf(p, locale) },
        { label: t('picketConfirmation.where'), value: p.place },
      ]}
    />
  );
}
