import { Action, Layout, Paragraph, PlainParagraphs, Small } from './layout';
import { PicketDetails, sampleWhenWhere, type PicketWhenWhere } from './picket-details';
import { defineTemplate } from './template';

/** The organisers' decision on a proposed picket; `reason` is their own words, plain text. */
export type PicketReviewedProps = Partial<PicketWhenWhere> & { title: string; approved: boolean; reason?: string; picketUrl: string };

export default defineTemplate<PicketReviewedProps>({
  subject: (t, p) => (p.approved ? t('picketReviewed.approvedSubject', { title: p.title }) : t('picketReviewed.rejectedSubject', { title: p.title })),
  preview: {
    title: 'Picket for the Zhanaozen prisoners',
    ...sampleWhenWhere,
    approved: false,
    reason: 'Another picket is already planned at the same embassy that day; please join it.',
    picketUrl: 'http://localhost:3000/en/pickets',
  },
  Component: ({ t, locale, frame, title, approved, reason, picketUrl, startsAt, endsAt, timeZone, place }) => {
    const body = approved ? t('picketReviewed.approvedBody', { title }) : t('picketReviewed.rejectedBody', { title });
    return (
      <Layout t={t} locale={locale} frame={frame} heading={approved ? t('picketReviewed.approvedHeading') : t('picketReviewed.rejectedHeading')} preview={body}>
        <Paragraph>{body}</Paragraph>
        {startsAt && timeZone && place ? <PicketDetails t={t} locale={locale} startsAt={startsAt} endsAt={endsAt} timeZone={timeZone} place={place} /> : null}
        {reason ? (
          <>
            <Small>{t('picketReviewed.reason')}</Small>
            <PlainParagraphs text={reason} />
          </>
        ) : null}
        <Action t={t} href={picketUrl} label={approved ? t('picketReviewed.approvedButton') : t('picketReviewed.rejectedButton')} />
      </Layout>
    );
  },
});
