import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { alternates } from '@/lib/i18n/alternates';
import { localeParam } from '@/lib/i18n/locale-param';

// Static: no database; rendered once per language on its first visit and kept.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'About' });
  return { title: t('title'), alternates: alternates(locale, '/about') };
}

export default async function AboutPage({ params }: Props) {
  await localeParam(params);
  const t = await getTranslations('About');
  return (
    <div className="container narrow">
      <h1>{t('title')}</h1>
      <p>{t('p1')}</p>
      <p>{t('p2')}</p>
      <p>{t('p3')}</p>
      <p>{t('p4')}</p>
    </div>
  );
}
