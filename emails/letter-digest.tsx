import { signatureLine } from './letter-signature';
import { Layout, Paragraph, Small } from './layout';
import { defineTemplate } from './template';

export type LetterDigestProps = {
  action: string;
  target: string;
  /** The day of the digest (YYYY-MM-DD, UTC), for the attached file's name; absent in digests queued before it was. */
  date?: string;
  letters: Array<{ signerName: string | null; signerCity: string | null; signerCountry: string; body: string; writtenOn: string }>;
};

/** The attached file's name: ASCII, so every mail client and file system keeps it as it is. */
export const digestFileName = (p: LetterDigestProps) => `letters-${p.date ?? p.letters.at(-1)?.writtenOn ?? 'digest'}.txt`;

/**
 * The day's letters of an action to one target, in one mail: the body lists them, one line each, and
 * their full texts come as one plain-text file — what an office prints, files or forwards.
 */
export default defineTemplate<LetterDigestProps>({
  subject: (t, p) => t('letterDigest.subject', { action: p.action, count: p.letters.length, target: p.target }),
  preview: {
    action: 'Free Erzhan Elshibayev',
    target: 'The Prosecutor General of the Republic of Kazakhstan',
    date: '2026-12-02',
    letters: [
      { signerName: 'Anna', signerCity: null, signerCountry: 'Germany', body: 'Dear Sir or Madam,\n\nRelease Erzhan Elshibayev.', writtenOn: '2026-12-01' },
      { signerName: null, signerCity: null, signerCountry: 'France', body: 'Dear Sir or Madam,\n\nI ask you to release him.', writtenOn: '2026-12-01' },
    ],
  },
  Component: ({ t, locale, frame, ...p }) => (
    <Layout
      t={t}
      locale={locale}
      frame={frame}
      heading={p.action}
      preview={t('letterDigest.intro', { target: p.target, count: p.letters.length, file: digestFileName(p) })}
      footer={t('letterDigest.footer', { site: frame.site })}
    >
      <Paragraph>{t('letterDigest.intro', { target: p.target, count: p.letters.length, file: digestFileName(p) })}</Paragraph>
      {p.letters.map((letter, i) => (
        // Numbered as in the attached file, so "letter 12" means the same in both.
        <Small key={i}>{`${i + 1}. ${signatureLine(t, letter)}, ${letter.writtenOn}`}</Small>
      ))}
    </Layout>
  ),
  attachments: (t, p, { frame }) => {
    const count = p.letters.length;
    const rule = '='.repeat(72);
    const lines = [
      p.action,
      t('protestLetter.to', { target: p.target }),
      t('letterDigest.fileIntro', { count, target: p.target, site: frame.site }),
      '',
      ...p.letters.flatMap((letter, i) => [
        rule,
        t('letterDigest.letterHeading', { number: i + 1, count, signature: signatureLine(t, letter), date: letter.writtenOn }),
        rule,
        '',
        letter.body.trim(),
        '',
      ]),
    ];
    // A byte-order mark and CRLF line ends: offices open these in whatever Windows has, and a
    // Cyrillic letter must not come out as mojibake there.
    const content = `\uFEFF${lines.join('\n').replace(/\r?\n/g, '\r\n')}`;
    return [{ filename: digestFileName(p), contentType: 'text/plain; charset=utf-8', content }];
  },
});
