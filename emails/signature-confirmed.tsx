import { Action, Layout, Paragraph, WithdrawNote } from './layout';
import { defineTemplate } from './template';

/** Sent when a signature is confirmed, and when someone signs a petition they had already signed. */
export type SignatureConfirmedProps = { petition: string; petitionUrl: string; alreadySigned?: boolean; withdrawUrl?: string };

export default defineTemplate<SignatureConfirmedProps>({
  subject: (t, p) => (p.alreadySigned ? t('signatureConfirmed.alreadySubject') : t('signatureConfirmed.subject')),
  preview: { petition: 'Free the Zhanaozen oil workers', petitionUrl: 'http://localhost:3000/en/zhanaozen-2011' },
  Component: ({ t, locale, frame, petition, petitionUrl, alreadySigned, withdrawUrl }) => {
    const body = alreadySigned ? t('signatureConfirmed.alreadyBody', { petition }) : t('signatureConfirmed.body', { petition });
    return (
      <Layout
        t={t}
        locale={locale}
        frame={frame}
        heading={alreadySigned ? t('signatureConfirmed.alreadyHeading') : t('signatureConfirmed.heading')}
        preview={body}
      >
        <Paragraph>{body}</Paragraph>
        <Action t={t} href={petitionUrl} label={t('signatureConfirmed.button')} />
        {withdrawUrl ? <WithdrawNote t={t} href={withdrawUrl} /> : null}
      </Layout>
    );
  },
});
