import { Action, Layout, Paragraph, Small } from './layout';
import { defineTemplate } from './template';

/** A fresh link to the preference page, asked for from a page that found the old one expired. */
export type SubscriptionPreferencesProps = { preferencesUrl: string };

export default defineTemplate<SubscriptionPreferencesProps>({
  subject: (t) => t('subscriptionPreferences.subject'),
  preview: { preferencesUrl: 'http://localhost:3000/en/subscriptions/preferences?token=sample' },
  Component: ({ t, locale, frame, preferencesUrl }) => (
    <Layout t={t} locale={locale} frame={frame} heading={t('subscriptionPreferences.heading')} preview={t('subscriptionPreferences.body')}>
      <Paragraph>{t('subscriptionPreferences.body')}</Paragraph>
      <Action t={t} href={preferencesUrl} label={t('subscriptionPreferences.button')} />
      <Small>{t('subscriptionPreferences.expires', { days: 30 })}</Small>
    </Layout>
  ),
});
