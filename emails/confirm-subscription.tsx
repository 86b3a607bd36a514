import { Action, Layout, Paragraph, Small } from './layout';
import { defineTemplate } from './template';

export type ConfirmSubscriptionProps = { caseName: string; confirmUrl: string };

export default defineTemplate<ConfirmSubscriptionProps>({
  subject: (t, p) => t('confirmSubscription.subject', { case: p.caseName }),
  preview: { caseName: 'Erzhan Elshibayev', confirmUrl: 'http://localhost:3000/en/subscriptions/confirm?token=sample' },
  Component: ({ t, locale, frame, caseName, confirmUrl }) => (
    <Layout t={t} locale={locale} frame={frame} heading={t('confirmSubscription.heading')} preview={t('confirmSubscription.body', { case: caseName })}>
      <Paragraph>{t('confirmSubscription.body', { case: caseName })}</Paragraph>
      <Action t={t} href={confirmUrl} label={t('confirmSubscription.button')} />
      <Small>{t('confirmSubscription.ignore')}</Small>
    </Layout>
  ),
});
