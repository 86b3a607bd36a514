import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

export default async function NotFound() {
  const t = await getTranslations('NotFound');
  return (
    <div className="container narrow">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <ul className="link-list">
        <li>
          <Link href="/">{t('home')}</Link>
        </li>
        <li>
          <Link href="/cases">{t('cases')}</Link>
        </li>
      </ul>
    </div>
  );
}
