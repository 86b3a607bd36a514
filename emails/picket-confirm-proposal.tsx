import { Action, Layout, Paragraph, Small } from './layout';
import { defineTemplate } from './template';

export type PicketConfirmProposalProps = { title: string; confirmUrl: string };

export default defineTemplate<PicketConfirmProposalProps>({
  subject: (t, p) => t('picketConfirmProposal.subject', { title: p.title }),
  preview: { title: 'Picket for the Zhanaozen prisoners', confirmUrl: 'http://localhost:3000/en/pickets/proposals/sample' },
  Component: ({ t, locale, frame, title, confirmUrl }) => (
    <Layout t={t} locale={locale} frame={frame} heading={t('picketConfirmProposal.heading')} preview={t('picketConfirmProposal.body', { title })}>
      <Paragraph>{t('picketConfirmProposal.body', { title })}</Paragraph>
      <Action t={t} href={confirmUrl} label={t('picketConfirmProposal.button')} />
      <Small>{t('picketConfirmProposal.ignore')}</Small>
    </Layout>
  ),
});
