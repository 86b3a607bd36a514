import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/lib/i18n/locale-param';
import { Link } from '@/lib/i18n/navigation';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await localeParam(params);
  const t = await getTranslations('Resolutions');
  return { title: t('submittedTitle'), robots: { index: false } };
}

export default async function ResolutionSubmittedPage({ params }: Props) {
  await localeParam(params);
  const t = await getTranslations('Resolutions');
  return (
    <div className="container narrow">
      <h1>{t('submittedTitle')}</h1>
      <p className="lead">{t('submittedBody')}</p>
      <p>
        <Link href="/resolutions">{t('title')}</Link>
      </p>
    </div>
  );
}
