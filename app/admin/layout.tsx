import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import '../globals.css';
import './admin.css';

// Every dashboard page reads the session and the database on each request.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: 'en', namespace: 'Admin' });
  return { title: { default: t('title'), template: `%s · ${t('title')}` }, robots: { index: false, follow: false } };
}

// The dashboard is in English for now; its texts are in messages/*.json under "Admin".
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations({ locale: 'en', namespace: 'Admin' });
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          {t('skip')}
        </a>
        <NextIntlClientProvider locale="en" messages={await getMessages({ locale: 'en' })}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
