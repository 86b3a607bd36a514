import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ShareLinks } from '@/components/share-links';
import { localeParam } from '@/lib/i18n/locale-param';
import { pickText } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { appUrl } from '@/lib/site-url';
import { getPetitionPage } from '@/lib/petitions/queries';

// Rendered per request, never cached: it answers one visitor (a link from their mail, a form they
// sent) or is not one of the cached public pages (lib/cache/tags.ts).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await localeParam(params);
  const t = await getTranslations('Sign');
  return { title: t('checkTitle'), robots: { index: false } };
}

/** Where the sign form leads: the same page whether the address is new or has signed before. */
export default async function SignedPage({ params }: Props) {
  const locale = await localeParam(params);
  const { slug } = await params;
  const page = await getPetitionPage(slug);
  if (!page) notFound();
  const t = await getTranslations('Sign');
  const title = pickText(page.petition.title, locale)!;
  return (
    <div className="container narrow">
      <h1>{t('checkTitle')}</h1>
      <p className="lead">{t('checkBody')}</p>
      <p>{t('checkNoMail')}</p>
      <p>
        <Link href={`/petitions/${slug}`}>{t('backToPetition')}</Link>
      </p>
      <ShareLinks url={`${appUrl()}/${locale}/petitions/${slug}`} title={title} />
    </div>
  );
}
