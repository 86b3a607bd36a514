import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PetitionProgress } from '@/components/petition-progress';
import { defaultLocale, isLocale } from '@/lib/i18n/locales';
import { pickText } from '@/lib/i18n/localized';
import { appUrl } from '@/lib/site-url';
import { recentPetitionPage } from '@/lib/petitions/queries';
import '../../embed.css';

// Counts change by the second; nothing here is prerendered.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ lang?: string }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { slug } = await params;
  const { lang } = await searchParams;
  const page = await recentPetitionPage(slug);
  const title = page ? pickText(page.petition.title, isLocale(lang) ? lang : defaultLocale) : null;
  return { title, robots: { index: false } };
}

/**
 * The widget other sites put in an iframe: title, live count and a sign button that opens the
 * petition on our site. The only page that may be framed (see next.config.js).
 */
export default async function EmbedPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { lang } = await searchParams;
  const locale = isLocale(lang) ? lang : defaultLocale;
  setRequestLocale(locale);
  const page = await recentPetitionPage(slug);
  if (!page) notFound();
  const t = await getTranslations({ locale, namespace: 'Embed' });
  const title = pickText(page.petition.title, locale)!;
  const href = `${appUrl()}/${locale}/petitions/${slug}`;
  return (
    <html lang={locale}>
      <body className="embed">
        <main>
          <h1>
            <a href={href} target="_blank" rel="noopener">
              {title}
            </a>
          </h1>
          <PetitionProgress id="embed" count={page.tally.total} goal={page.petition.goal} />
          <p>
            <a className="button" href={href} target="_blank" rel="noopener">
              {t('sign')}
            </a>{' '}
            <span className="hint">{t('poweredBy')}</span>
          </p>
        </main>
      </body>
    </html>
  );
}
