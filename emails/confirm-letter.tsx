import { signatureLine } from './letter-signature';
import { Action, Layout, Paragraph, Quoted, Small } from './layout';
import { defineTemplate } from './template';

export type ConfirmLetterProps = {
  name: string;
  action: string;
  body: string;
  targets: string[];
  signerName: string | null;
  signerCity: string | null;
  signerCountry: string;
  replyTo: boolean;
  confirmUrl: string;
};

export default defineTemplate<ConfirmLetterProps>({
  subject: (t, p) => t('confirmLetter.subject', { action: p.action }),
  preview: {
    name: 'Anna',
    action: 'Write to free Erzhan Elshibayev',
    body: 'Dear Sir or Madam,\n\nI am writing to ask you to release Erzhan Elshibayev, whose detention the UN found arbitrary.',
    targets: ['The Prosecutor General of the Republic of Kazakhstan', 'Embassy of the Republic of Kazakhstan, Berlin'],
    signerName: 'Anna',
    signerCity: null,
    signerCountry: 'Germany',
    replyTo: false,
    confirmUrl: 'http://localhost:3000/en/letters/confirm/sample',
  },
  Component: ({ t, locale, frame, name, action, body, targets, replyTo, confirmUrl, ...signer }) => (
    <Layout t={t} locale={locale} frame={frame} heading={t('confirmLetter.heading')} preview={t('confirmLetter.body', { action })}>
      <Paragraph>{t('confirmLetter.greeting', { name })}</Paragraph>
      <Paragraph>{t('confirmLetter.body', { action })}</Paragraph>
      <Paragraph>{t('confirmLetter.targets', { targets: targets.join('; ') })}</Paragraph>
      <Paragraph>{t('confirmLetter.shownAs', { signature: signatureLine(t, signer) })}</Paragraph>
      <Paragraph>{replyTo ? t('confirmLetter.replyYes') : t('confirmLetter.replyNo')}</Paragraph>
      <Small>{t('confirmLetter.yourLetter')}</Small>
      <Quoted text={body} />
      <Action t={t} href={confirmUrl} label={t('confirmLetter.button')} />
      <Small>{t('confirmLetter.ignore')}</Small>
    </Layout>
  ),
});
