'use client';

import { useLocale } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { locales } from '@/lib/i18n/locales';

// Each language named in itself, so a visitor finds theirs whatever the page's language is.
const NATIVE_NAMES = { en: 'English', ru: 'Русский', kk: 'Қазақша' } as const;

export function LanguageSwitcher({ label }: { label: string }) {
  const current = useLocale();
  const pathname = usePathname();
  const query = Object.fromEntries(useSearchParams().entries());
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
