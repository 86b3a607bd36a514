import { formatMoment } from './i18n';
import { Action, Details, Layout, Paragraph, Small } from './layout';
import { defineTemplate } from './template';

export type PicketProps = {
  title: string;
  /** ISO 8601 instant. */
  startsAt: string;
  /** The picket's own IANA time zone, e.g. Asia/Almaty. */
  timeZone: string;
  place: string;
  picketUrl: string;
  /** The picket's calendar file, always the current version. */
  icsUrl: string;
};

export const samplePicket: PicketProps = {
  title: 'Picket for the Zhanaozen prisoners',
  startsAt: '2026-12-16T06:00:00Z',
  timeZone: 'Asia/Almaty',
  place: 'Embassy of Kazakhstan, 33 Thurloe Square, London',
  picketUrl: 'http://localhost:3000/en/pickets/3f1c9a52-5d0e-4d7b-9a51-2f7f6f0c1a10',
  icsUrl: 'http://localhost:3000/api/pickets/3f1c9a52-5d0e-4d7b-9a51-2f7f6f0c1a10/calendar',
};

/** An attendee is registered, or on the waiting list when the picket is full. */
export default defineTemplate<PicketProps & { cancelUrl: string; waitlisted?: boolean }>({
  subject: (t, p) => (p.waitlisted ? t('picketConfirmation.waitlistedSubject', { title: p.title }) : t('picketConfirmation.subject', { title: p.title })),
  preview: { ...samplePicket, cancelUrl: 'http://localhost:3000/en/pickets/cancel?token=sample' },
  Component: ({ t, locale, frame, title, startsAt, timeZone, place, picketUrl, icsUrl, cancelUrl, waitlisted }) => (
    <Layout
      t={t}
      locale={locale}
      frame={frame}
      heading={waitlisted ? t('picketConfirmation.waitlistedHeading') : t('picketConfirmation.heading')}
      preview={waitlisted ? t('picketConfirmation.waitlistedBody', { title }) : t('picketConfirmation.body', { title })}
    >
      <Paragraph>{waitlisted ? t('picketConfirmation.waitlistedBody', { title }) : t('picketConfirmation.body', { title })}</Paragraph>
      <Details
        rows={[
          { label: t('picketConfirmation.when'), value: formatMoment(startsAt, timeZone, locale) },
          { label: t('picketConfirmation.where'), value: place },
        ]}
      />
      <Action t={t} href={picketUrl} label={t('picketConfirmation.button')} />
      <Small>
        <a href={icsUrl}>{t('picketConfirmation.calendar')}</a>
      </Small>
      <Small>
        <a href={cancelUrl}>{t('picketConfirmation.cancel')}</a>
      </Small>
    </Layout>
  ),
});
