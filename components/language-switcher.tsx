'use client';

import { useLocale } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { locales } from '@/lib/i18n/locales';

// Each language named in itself, so a visitor finds theirs whatever the page's language is.
const NATIVE_NAMES = { en: 'English', ru: 'Русский', kk: 'Қазақша' } as const;

function Languages({ label, query }: { label: string; query: Record<string, string> }) {
  const current = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="language-switcher">
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="page" lang={locale}>
                {NATIVE_NAMES[locale]}
              </span>
            ) : (
              <Link href={{ pathname, query }} locale={locale} lang={locale} hrefLang={locale}>
                {NATIVE_NAMES[locale]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function LanguagesKeepingQuery({ label }: { label: string }) {
  return <Languages label={label} query={Object.fromEntries(useSearchParams().entries())} />;
}

/**
 * Links to this page in the other languages, keeping the query (a filtered list stays filtered).
 * A cached page is rendered without a query, so there the links start without one and gain the
 * visitor's query in the browser.
 */
export function LanguageSwitcher({ label }: { label: string }) {
  return (
    <Suspense fallback={<Languages label={label} query={{}} />}>
      <LanguagesKeepingQuery label={label} />
    </Suspense>
  );
}
