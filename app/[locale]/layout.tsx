import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { routing } from '@/lib/i18n/routing';
import '../globals.css';

// Each page says itself whether it is cached (the public pages, lib/cache/tags.ts) or rendered per
// request (links from mail, forms' answers). Nothing is rendered at build time: there is no database.
export function generateStaticParams() {
  return [];
}

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Meta' });
  return {
    title: { default: `${t('siteName')} — ${t('tagline')}`, template: `%s · ${t('siteName')}` },
    description: t('description'),
    metadataBase: new URL(process.env.APP_URL ?? 'http://localhost:3000'),
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Nav');
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skip')}
        </a>
        {/* The language for the links and the language switcher; no texts (components/client-messages.tsx). */}
        <NextIntlClientProvider messages={{}}>
          <SiteHeader />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
