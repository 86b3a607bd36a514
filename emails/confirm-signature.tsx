import { Action, Layout, Paragraph, Small, WithdrawNote } from './layout';
import { defineTemplate } from './template';

export type ConfirmSignatureProps = { name?: string; petition: string; confirmUrl: string; withdrawUrl?: string };

export default defineTemplate<ConfirmSignatureProps>({
  subject: (t, p) => t('confirmSignature.subject', { petition: p.petition }),
  preview: {
    name: 'Aigerim',
    petition: 'Free the Zhanaozen oil workers',
    confirmUrl: 'http://localhost:3000/en/signatures/confirm?token=sample',
  },
  Component: ({ t, locale, frame, name, petition, confirmUrl, withdrawUrl }) => (
    <Layout t={t} locale={locale} frame={frame} heading={t('confirmSignature.heading')} preview={t('confirmSignature.body', { petition })}>
      <Paragraph>{name ? t('confirmSignature.greeting', { name }) : t('confirmSignature.greetingAnonymous')}</Paragraph>
      <Paragraph>{t('confirmSignature.body', { petition })}</Paragraph>
      <Action t={t} href={confirmUrl} label={t('confirmSignature.button')} />
      <Small>{t('confirmSignature.ignore')}</Small>
      {withdrawUrl ? <WithdrawNote t={t} href={withdrawUrl} /> : null}
    </Layout>
  ),
});
