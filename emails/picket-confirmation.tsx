import { Action, Layout, Paragraph, Small } from './layout';
import { PicketDetails, sampleWhenWhere, type PicketWhenWhere } from './picket-details';
import { defineTemplate } from './template';

export type PicketProps = PicketWhenWhere & {
  title: string;
  picketUrl: string;
  /** The picket's calendar file, always the current version. */
  icsUrl: string;
};

export const samplePicket: PicketProps = {
  title: 'Picket for the Zhanaozen prisoners',
  ...sampleWhenWhere,
  picketUrl: 'http://localhost:3000/en/pickets/3f1c9a52-5d0e-4d7b-9a51-2f7f6f0c1a10',
  icsUrl: 'http://localhost:3000/api/pickets/3f1c9a52-5d0e-4d7b-9a51-2f7f6f0c1a10/calendar',
};

/** An attendee is registered, or on the waiting list when the picket is full. */
export default defineTemplate<PicketProps & { cancelUrl: string; waitlisted?: boolean }>({
  subject: (t, p) => (p.waitlisted ? t('picketConfirmation.waitlistedSubject', { title: p.title }) : t('picketConfirmation.subject', { title: p.title })),
  preview: { ...samplePicket, cancelUrl: 'http://localhost:3000/en/pickets/cancel?token=sample' },
  Component: ({ t, locale, frame, title, startsAt, endsAt, timeZone, place, picketUrl, icsUrl, cancelUrl, waitlisted }) => (
    <Layout
      t={t}
      locale={locale}
      frame={frame}
      heading={waitlisted ? t('picketConfirmation.waitlistedHeading') : t('picketConfirmation.heading')}
      preview={waitlisted ? t('picketConfirmation.waitlistedBody', { title }) : t('picketConfirmation.body', { title })}
    >
      <Paragraph>{waitlisted ? t('picketConfirmation.waitlistedBody', { title }) : t('picketConfirmation.body', { title })}</Paragraph>
      <PicketDetails t={t} locale={locale} startsAt={startsAt} endsAt={endsAt} timeZone={timeZone} place={place} />
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
