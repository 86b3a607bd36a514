import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LocalizedText } from '@/components/localized-text';
import { QrCode } from '@/components/qr-code';
import { localeParam } from '@/lib/i18n/locale-param';
import { pickText } from '@/lib/i18n/localized';
import { appUrl } from '@/lib/site-url';
import { getPetitionPage } from '@/lib/petitions/queries';

// Rendered per request, never cached: it answers one visitor (a link from their mail, a form they
// sent) or is not one of the cached public pages (lib/cache/tags.ts).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; slug: string }> };

/** Lines on one A4 sheet under the petition's text. */
const LINES = 20;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const { slug } = await params;
  const page = await getPetitionPage(slug);
  const t = await getTranslations('Pickets');
  return page ? { title: t('kit.sheetTitle', { title: pickText(page.petition.title, locale)! }), robots: { index: false } } : {};
}

/** A paper signature sheet (A4) for pickets: the petition's text and numbered lines. */
export default async function SignatureSheetPage({ params }: Props) {
  const locale = await localeParam(params);
  const { slug } = await params;
  const page = await getPetitionPage(slug);
  if (!page || page.petition.status !== 'open') notFound();
  const t = await getTranslations('Pickets');
  const url = `${appUrl()}/${locale}/petitions/${slug}`;
  return (
    <article className="signature-sheet">
      <header className="sheet-header">
        <div>
          <h1>{pickText(page.petition.title, locale)}</h1>
          <p>
            <LocalizedText value={page.petition.target} as="span" />
          </p>
        </div>
        <QrCode url={url} label={`${t('kit.scan')} ${url}`} size={96} />
      </header>
      <LocalizedText value={page.petition.body} />
      <p className="hint">{t('kit.sheetIntro')}</p>
      <table className="sheet-table">
        <thead>
          <tr>
            <th scope="col">{t('kit.number')}</th>
            <th scope="col">{t('kit.name')}</th>
            <th scope="col">{t('kit.city')}</th>
            <th scope="col">{t('kit.emailOptional')}</th>
            <th scope="col">{t('kit.signature')}</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: LINES }, (_, i) => (
            <tr key={i}>
              <th scope="row">{i + 1}</th>
              <td />
              <td />
              <td />
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('kit.sheetFooter', { site: new URL(appUrl()).host })}</p>
    </article>
  );
}
