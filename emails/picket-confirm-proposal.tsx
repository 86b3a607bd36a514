import { Action, Layout, Paragraph, Small } from './layout';
import { PicketDetails, sampleWhenWhere, type PicketWhenWhere } from './picket-details';
import { defineTemplate } from './template';

/** When and where are absent only from mail queued before they were sent. */
export type PicketConfirmProposalProps = Partial<PicketWhenWhere> & { title: string; confirmUrl: string };

export default defineTemplate<PicketConfirmProposalProps>({
  subject: (t, p) => t('picketConfirmProposal.subject', { title: p.title }),
  preview: { title: 'Picket for the Zhanaozen prisoners', ...sampleWhenWhere, confirmUrl: 'http://localhost:3000/en/pickets/proposals/sample' },
  Component: ({ t, locale, frame, title, confirmUrl, startsAt, endsAt, timeZone, place }) => (
    <Layout t={t} locale={locale} frame={frame} heading={t('picketConfirmProposal.heading')} preview={t('picketConfirmProposal.body', { title })}>
      <Paragraph>{t('picketConfirmProposal.body', { title })}</Paragraph>
      {startsAt && timeZone && place ? <PicketDetails t={t} locale={locale} startsAt={startsAt} endsAt={endsAt} timeZone={timeZone} place={place} /> : null}
      <Action t={t} href={confirmUrl} label={t('picketConfirmProposal.button')} />
      <Small>{t('picketConfirmProposal.ignore')}</Small>
    </Layout>
  ),
});
