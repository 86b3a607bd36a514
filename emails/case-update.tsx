import { Action, Layout, Paragraph, PlainParagraphs, PreferencesNote, Small } from './layout';
import { defineTemplate } from './template';

/** An update organisers publish on a case, sent to its subscribers as bulk mail. */
export type CaseUpdateProps = {
  /** Null for an update on the campaign as a whole. */
  caseName: string | null;
  title: string;
  /** The text without markup: the preview line, and the body when there is no `bodyHtml`. */
  body: string;
  /** The text as sanitised HTML (lib/updates/markdown.ts); never organiser input as such. */
  bodyHtml?: string;
  /** The language the title and text are in, when it is not the reader's (an English fallback). */
  contentLocale?: string;
  fallback?: boolean;
  /** The update's page. */
  caseUrl: string;
  /** What the update asks readers to do. */
  petition?: { title: string; url: string } | null;
  /** A picket to come to: its public page. */
  picket?: { title: string; url: string } | null;
  /** The recipient's own signed, expiring link to their preferences; absent in an organiser's test mail. */
  preferencesUrl?: string;
};

export default defineTemplate<CaseUpdateProps>({
  subject: (t, p) => (p.caseName ? t('caseUpdate.subject', { case: p.caseName, title: p.title }) : p.title),
  preview: {
    caseName: 'Erzhan Elshibayev',
    // Preview text must not read as news about a real person.
    title: 'Sample update (template preview)',
    body: 'This is sample text that shows how a case update looks in the mail.\n\nA second paragraph, to show the spacing between paragraphs.',
    caseUrl: 'http://localhost:3000/en/cases/erzhan-elshibayev',
    preferencesUrl: 'http://localhost:3000/en/subscriptions/preferences?token=sample',
  },
  Component: ({ t, locale, frame, title, body, bodyHtml, contentLocale, fallback, caseUrl, petition, picket, preferencesUrl }) => (
    <Layout t={t} locale={locale} frame={frame} heading={title} preview={body.slice(0, 140)}>
      {fallback ? <Small>{t('caseUpdate.fallback')}</Small> : null}
      {bodyHtml ? (
        <div lang={contentLocale} style={{ fontSize: 16, lineHeight: '24px' }} dangerouslySetInnerHTML={{ __html: bodyHtml }} />
      ) : (
        <PlainParagraphs text={body} />
      )}
      {petition ? (
        <>
          <Paragraph>{t('caseUpdate.petition', { petition: petition.title })}</Paragraph>
          <Action t={t} href={petition.url} label={t('caseUpdate.sign')} />
        </>
      ) : null}
      {picket ? (
        <>
          <Paragraph>{t('caseUpdate.picket', { picket: picket.title })}</Paragraph>
          <Action t={t} href={picket.url} label={t('caseUpdate.picketButton')} />
        </>
      ) : null}
      <Action t={t} href={caseUrl} label={t('caseUpdate.readMore')} />
      {preferencesUrl ? <PreferencesNote t={t} href={preferencesUrl} /> : null}
    </Layout>
  ),
});
