import { signatureLine } from './letter-signature';
import { Layout, Paragraph, Quoted, Small } from './layout';
import { defineTemplate } from './template';

export type LetterDigestProps = {
  action: string;
  target: string;
  letters: Array<{ signerName: string | null; signerCity: string | null; signerCountry: string; body: string; writtenOn: string }>;
};

/** The day's letters of an action to one target, in one mail, each letter in full. */
export default defineTemplate<LetterDigestProps>({
  subject: (t, p) => t('letterDigest.subject', { action: p.action, count: p.letters.length, target: p.target }),
  preview: {
    action: 'Free Erzhan Elshibayev',
    target: 'The Prosecutor General of the Republic of Kazakhstan',
    letters: [
      { signerName: 'Anna', signerCity: null, signerCountry: 'Germany', body: 'Dear Sir or Madam,\n\nRelease Erzhan Elshibayev.', writtenOn: '2026-12-01' },
      { signerName: null, signerCity: null, signerCountry: 'France', body: 'Dear Sir or Madam,\n\nI ask you to release him.', writtenOn: '2026-12-01' },
    ],
  },
  Component: ({ t, locale, frame, action, target, letters }) => (
    <Layout
      t={t}
      locale={locale}
      frame={frame}
      heading={action}
      preview={t('letterDigest.intro', { target, count: letters.length })}
      footer={t('letterDigest.footer', { site: frame.site })}
    >
      <Paragraph>{t('letterDigest.intro', { target, count: letters.length })}</Paragraph>
      {letters.map((letter, i) => (
        <div key={i}>
          <Small>{t('letterDigest.letterHeading', { number: i + 1, count: letters.length, signature: signatureLine(t, letter), date: letter.writtenOn })}</Small>
          <Quoted text={letter.body} />
        </div>
      ))}
    </Layout>
  ),
});
