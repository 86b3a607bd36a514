import { formatMoment } from './i18n';
import { Action, Details, Layout, Paragraph, Small } from './layout';
import { samplePicket, type PicketProps } from './picket-confirmation';
import { defineTemplate } from './template';

export default defineTemplate<PicketProps & { confirmUrl: string }>({
  subject: (t, p) => t('picketConfirmRsvp.subject', { title: p.title }),
  preview: { ...samplePicket, confirmUrl: 'http://localhost:3000/en/pickets/rsvp/sample' },
  Component: ({ t, locale, frame, title, startsAt, timeZone, place, confirmUrl }) => (
    <Layout t={t} locale={locale} frame={frame} heading={t('picketConfirmRsvp.heading')} preview={t('picketConfirmRsvp.body', { title })}>
      <Paragraph>{t('picketConfirmRsvp.body', { title })}</Paragraph>
      <Details
        rows={[
          { label: t('picketConfirmation.when'), value: formatMoment(startsAt, timeZone, locale) },
          { label: t('picketConfirmation.where'), value: place },
        ]}
      />
      <Action t={t} href={confirmUrl} label={t('picketConfirmRsvp.button')} />
      <Small>{t('picketConfirmRsvp.ignore')}</Small>
    </Layout>
  ),
});
