import { Action, Layout, Paragraph, Small } from './layout';
import { defineTemplate } from './template';

export type OrganiserSignInProps = { signInUrl: string; expiresInMinutes: number };

export default defineTemplate<OrganiserSignInProps>({
  subject: (t) => t('organiserSignIn.subject'),
  preview: { signInUrl: 'http://localhost:3000/api/auth/callback/email?token=sample', expiresInMinutes: 15 },
  Component: ({ t, locale, frame, signInUrl, expiresInMinutes }) => (
    <Layout t={t} locale={locale} frame={frame} heading={t('organiserSignIn.heading')} preview={t('organiserSignIn.heading')}>
      <Paragraph>{t('organiserSignIn.body', { minutes: expiresInMinutes })}</Paragraph>
      <Action t={t} href={signInUrl} label={t('organiserSignIn.button')} />
      <Small>{t('organiserSignIn.ignore')}</Small>
    </Layout>
  ),
});
