import { Action, Layout, Paragraph, Small } from './layout';
import { defineTemplate } from './template';

export type ResolutionReviewedProps = { organisation: string; approved: boolean; reason?: string | null; resolutionsUrl: string };

/** The contact of a solidarity resolution learns whether an organiser published it, and if not, why. */
export default defineTemplate<ResolutionReviewedProps>({
  subject: (t, p) => (p.approved ? t('resolutionReviewed.subjectApproved') : t('resolutionReviewed.subjectRejected')),
  preview: { organisation: 'Unite the Union, Bristol branch', approved: true, reason: null, resolutionsUrl: 'http://localhost:3000/en/resolutions' },
  Component: ({ t, locale, frame, organisation, approved, reason, resolutionsUrl }) => (
    <Layout
      t={t}
      locale={locale}
      frame={frame}
      heading={approved ? t('resolutionReviewed.subjectApproved') : t('resolutionReviewed.subjectRejected')}
      preview={approved ? t('resolutionReviewed.approved', { organisation }) : t('resolutionReviewed.rejected', { organisation })}
    >
      {approved ? (
        <>
          <Paragraph>{t('resolutionReviewed.approved', { organisation })}</Paragraph>
          <Action t={t} href={resolutionsUrl} label={t('resolutionReviewed.button')} />
        </>
      ) : (
        <>
          <Paragraph>{t('resolutionReviewed.rejected', { organisation })}</Paragraph>
          <Paragraph>{reason ?? ''}</Paragraph>
          <Small>{t('resolutionReviewed.again')}</Small>
        </>
      )}
    </Layout>
  ),
});
