import { Action, Layout, Paragraph, PreferencesNote, Small } from './layout';
import { defineTemplate } from './template';

/** `caseName` empty: the subscription is to every case. */
export type ConfirmSubscriptionProps = {
  caseName: string;
  confirmUrl: string;
  /** The address's own signed, expiring link to its preferences (every case it follows, its language). */
  preferencesUrl?: string;
};

export default defineTemplate<ConfirmSubscriptionProps>({
  subject: (t, p) => (p.caseName ? t('confirmSubscription.subject', { case: p.caseName }) : t('confirmSubscription.subjectAll')),
  preview: {
    caseName: 'Erzhan Elshibayev',
    confirmUrl: 'http://localhost:3000/en/subscriptions/confirm?token=sample',
    preferencesUrl: 'http://localhost:3000/en/subscriptions/preferences?token=sample',
  },
  Component: ({ t, locale, frame, caseName, confirmUrl, preferencesUrl }) => {
    const body = caseName ? t('confirmSubscription.body', { case: caseName }) : t('confirmSubscription.bodyAll');
    return (
      <Layout t={t} locale={locale} frame={frame} heading={t('confirmSubscription.heading')} preview={body}>
        <Paragraph>{body}</Paragraph>
        <Action t={t} href={confirmUrl} label={t('confirmSubscription.button')} />
        <Small>{t('confirmSubscription.expires', { days: 7 })}</Small>
        <Small>{t('confirmSubscription.ignore')}</Small>
        {preferencesUrl ? <PreferencesNote t={t} href={preferencesUrl} /> : null}
      </Layout>
    );
  },
});
