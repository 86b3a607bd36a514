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
};

export const samplePicket: PicketProps = {
  title: 'Picket for the Zhanaozen prisoners',
  startsAt: '2026-12-16T06:00:00Z',
  timeZone: 'Asia/Almaty',
  place: 'Embassy of Kazakhstan, 33 Thurloe Square, London',
  picketUrl: 'http://localhost:3000/en/pickets/zhanaozen-16-december',
};

export default defineTemplate<PicketProps & { cancelUrl: string }>({
  subject: (t, p) => t('picketConfirmation.subject', { title: p.title }),
  preview: { ...samplePicket, cancelUrl: 'http://localhost:3000/en/pickets/cancel?token=sample' },
  Component: ({ t, locale, frame, title, startsAt, timeZone, place, picketUrl, cancelUrl }) => (
    <Layout t={t} locale={locale} frame={frame} heading={t('picketConfirmation.heading')} preview={t('picketConfirmation.body', { title })}>
      <Paragraph>{t('picketConfirmation.body', { title })}</Paragraph>
      <Details
        rows={[
          { label: t('picketConfirmation.when'), value: formatMoment(startsAt, timeZone, locale) },
          { label: t('picketConfirmation.where'), value: place },
        ]}
      />
      <Action t={t} href={picketUrl} label={t('picketConfirmation.button')} />
      <Small>
        <a href={cancelUrl}>{t('picketConfirmation.cancel')}</a>
      </Small>
    </Layout>
  ),
});
