import { Action, Layout, Paragraph, PlainParagraphs, Small } from './layout';
import { samplePicket, type PicketProps } from './picket-confirmation';
import { PicketDetails } from './picket-details';
import { defineTemplate } from './template';

/** A picket moved, or called off; `note` is the organisers' own words, plain text. */
export type PicketChangedProps = PicketProps & { cancelled?: boolean; note?: string };

export default defineTemplate<PicketChangedProps>({
  subject: (t, p) => (p.cancelled ? t('picketChanged.cancelledSubject', { title: p.title }) : t('picketChanged.subject', { title: p.title })),
  preview: { ...samplePicket, note: 'The embassy asked us to stand on the other side of the square.' },
  Component: ({ t, locale, frame, title, startsAt, endsAt, timeZone, place, picketUrl, icsUrl, cancelled, note }) => {
    const body = cancelled ? t('picketChanged.cancelledBody', { title }) : t('picketChanged.body', { title });
    return (
      <Layout t={t} locale={locale} frame={frame} heading={cancelled ? t('picketChanged.cancelledHeading') : t('picketChanged.heading')} preview={body}>
        <Paragraph>{body}</Paragraph>
        {/* A cancellation names the time and place too: which picket is off, for people with several planned. */}
        <PicketDetails t={t} locale={locale} startsAt={startsAt} endsAt={endsAt} timeZone={timeZone} place={place} />
        {note ? (
          <>
            <Small>{t('picketChanged.note')}</Small>
            <PlainParagraphs text={note} />
          </>
        ) : null}
        <Action t={t} href={picketUrl} label={t('picketChanged.button')} />
        <Small>
          <a href={icsUrl}>{t('picketConfirmation.calendar')}</a>
        </Small>
      </Layout>
    );
  },
});
