import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requireRole } from '@/lib/auth/session';

export default async function DashboardHome() {
  const actor = await requireRole('organiser');
  const t = await getTranslations('Admin');
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('home.intro')}</p>
      <ul>
        <li>
          <Link href="/admin/cases">{t('nav.cases')}</Link>
        </li>
        <li>
          <Link href="/admin/sources">{t('nav.sources')}</Link>
        </li>
        <li>
          <Link href="/admin/audit">{t('nav.audit')}</Link>
        </li>
        {actor.role === 'admin' ? (
          <>
            <li>
              <Link href="/admin/outbox">{t('nav.outbox')}</Link>
            </li>
            <li>
              <Link href="/admin/organisers">{t('nav.organisers')}</Link>
            </li>
          </>
        ) : null}
      </ul>
      <p>{t('home.later')}</p>
    </>
  );
}
