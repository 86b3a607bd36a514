import { Action, Layout, Paragraph, Small } from './layout';
import { samplePicket, type PicketProps } from './picket-confirmation';
import { PicketDetails } from './picket-details';
import { defineTemplate } from './template';

export default defineTemplate<PicketProps & { confirmUrl: string }>({
  subject: (t, p) => t('picketConfirmRsvp.subject', { title: p.title }),
  preview: { ...samplePicket, confirmUrl: 'http://localhost:3000/en/pickets/rsvp/sample' },
  Component: ({ t, locale, frame, title, startsAt, endsAt, timeZone, place, confirmUrl }) => (
    <Layout t={t} locale={locale} frame={frame} heading={t('picketConfirmRsvp.heading')} preview={t('picketConfirmRsvp.body', { title })}>
      <Paragraph>{t('picketConfirmRsvp.body', { title })}</Paragraph>
      <PicketDetails t={t} locale={locale} startsAt={startsAt} endsAt={endsAt} timeZone={timeZone} place={place} />
      <Action t={t} href={confirmUrl} label={t('picketConfirmRsvp.button')} />
      <Small>{t('picketConfirmRsvp.ignore')}</Small>
    </Layout>
  ),
});
