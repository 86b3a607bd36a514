import { signatureLine } from './letter-signature';
import { Layout, Paragraph, Quoted, Small } from './layout';
import { defineTemplate } from './template';

export type ProtestLetterProps = {
  action: string;
  target: string;
  body: string;
  signerName: string | null;
  signerCity: string | null;
  signerCountry: string;
  replyTo: boolean;
};

/** A supporter's letter to a target, sent from the platform's address as that person's own letter. */
export default defineTemplate<ProtestLetterProps>({
  subject: (t, p) => t('protestLetter.subject', { action: p.action, signature: signatureLine(t, p) }),
  preview: {
    action: 'Free Erzhan Elshibayev',
    target: 'The Prosecutor General of the Republic of Kazakhstan',
    body: 'Dear Sir or Madam,\n\nI am writing to ask you to release Erzhan Elshibayev, whose detention the UN found arbitrary.',
    signerName: 'Anna',
    signerCity: null,
    signerCountry: 'Germany',
    replyTo: true,
  },
  Component: ({ t, locale, frame, action, target, body, replyTo, ...signer }) => {
    const signature = signatureLine(t, signer);
    return (
      <Layout
        t={t}
        locale={locale}
        frame={frame}
        heading={action}
        preview={t('protestLetter.to', { target })}
        footer={t('protestLetter.footer', { signature, site: frame.site })}
      >
        <Paragraph>{t('protestLetter.to', { target })}</Paragraph>
        <Quoted text={body} />
        <Paragraph>{signature}</Paragraph>
        <Small>{replyTo ? t('protestLetter.replyYes') : t('protestLetter.replyNo')}</Small>
      </Layout>
    );
  },
});
