import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/lib/i18n/locale-param';
import { Link } from '@/lib/i18n/navigation';
import { publicAction } from '@/lib/letters/queries';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await localeParam(params);
  const t = await getTranslations('Letters');
  return { title: t('checkTitle'), robots: { index: false } };
}

/** Where the letter form leads: the same page whatever happened to the letter (stored, or caught by a rule). */
export default async function LetterWrittenPage({ params }: Props) {
  await localeParam(params);
  const { slug } = await params;
  const action = await publicAction(slug);
  if (!action) notFound();
  const t = await getTranslations('Letters');
  return (
    <div className="container narrow">
      <h1>{t('checkTitle')}</h1>
      <p className="lead">{t('checkBody')}</p>
      <p>{t('checkNoMail')}</p>
      <p>
        <Link href={`/letters/${slug}`}>{t('backToAction')}</Link>
      </p>
    </div>
  );
}
