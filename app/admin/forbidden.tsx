import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function Forbidden() {
  const t = await getTranslations('Admin.forbidden');
  return (
    <main id="main" tabIndex={-1} className="container">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <Link href="/admin">{t('back')}</Link>
      </p>
    </main>
  );
}
