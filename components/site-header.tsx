import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { LanguageSwitcher } from './language-switcher';

export async function SiteHeader() {
  const t = await getTranslations('Nav');
  const meta = await getTranslations('Meta');
  const petitions = await getTranslations('Petitions');
  const pickets = await getTranslations('Pickets');
  const letters = await getTranslations('Letters');
  const resolutions = await getTranslations('Resolutions');
  return (
    <header className="site-header">
      <div className="container header-row">
        <Link href="/" className="brand">
          {meta('siteName')}
        </Link>
        <nav aria-label={t('main')}>
          <ul className="nav-list">
            <li>
              <Link href="/cases">{t('cases')}</Link>
            </li>
            <li>
              <Link href="/petitions">{petitions('nav')}</Link>
            </li>
            <li>
              <Link href="/letters">{letters('nav')}</Link>
            </li>
            <li>
              <Link href="/pickets">{pickets('nav')}</Link>
            </li>
            <li>
              <Link href="/resolutions">{resolutions('nav')}</Link>
            </li>
            <li>
              <Link href="/zhanaozen-2011">{t('zhanaozen')}</Link>
            </li>
            <li>
              <Link href="/about">{t('about')}</Link>
            </li>
          </ul>
        </nav>
        <LanguageSwitcher label={t('language')} />
      </div>
    </header>
  );
}
