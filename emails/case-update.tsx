import { Action, Layout, PlainParagraphs } from './layout';
import { defineTemplate } from './template';

/** An update organisers publish on a case, sent to its subscribers as bulk mail. */
export type CaseUpdateProps = { caseName: string; title: string; body: string; caseUrl: string };

export default defineTemplate<CaseUpdateProps>({
  subject: (t, p) => t('caseUpdate.subject', { case: p.caseName, title: p.title }),
  preview: {
    caseName: 'Erzhan Elshibayev',
    // Preview text must not read as news about a real person.
    title: 'Sample update (template preview)',
    body: 'This is sample text that shows how a case update looks in the mail.\n\nA second paragraph, to show the spacing between paragraphs.',
    caseUrl: 'http://localhost:3000/en/cases/erzhan-elshibayev',
  },
  Component: ({ t, locale, frame, title, body, caseUrl }) => (
    <Layout t={t} locale={locale} frame={frame} heading={title} preview={body.slice(0, 140)}>
      <PlainParagraphs text={body} />
      <Action t={t} href={caseUrl} label={t('caseUpdate.readMore')} />
    </Layout>
  ),
});
