import { getLocale, getTranslations } from 'next-intl/server';
import { chooseDashboardLanguage } from '../sign-in/actions';
import { locales } from '@/lib/i18n/locales';

// Each language named in itself, as on the public site, so anyone finds theirs.
const NATIVE_NAMES = { en: 'English', ru: 'Русский', kk: 'Қазақша' } as const;

/** The dashboard's language switcher: one small form per language, so it works without JavaScript. */
export async function LanguageSwitcher() {
  const [current, t] = await Promise.all([getLocale(), getTranslations('Admin.language')]);
  return (
    <div role="group" aria-label={t('label')} className="language-switcher admin-language">
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" lang={locale}>
                {NATIVE_NAMES[locale]}
              </span>
            ) : (
              <form action={chooseDashboardLanguage.bind(null, locale)}>
                <button type="submit" className="link-button" lang={locale}>
                  {NATIVE_NAMES[locale]}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
