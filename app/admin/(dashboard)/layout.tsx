import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { requireRole } from '@/lib/auth/session';
import { LanguageSwitcher } from '../language/language-switcher';
import { signOutOfDashboard } from '../sign-in/actions';

// The frame of every dashboard screen. Each page checks the role itself too: a layout does not
// guard the pages below it on its own.
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const actor = await requireRole('organiser');
  const t = await getTranslations('Admin');
  const links = [
    ['/admin', t('nav.home')],
    ['/admin/cases', t('nav.cases')],
    ['/admin/petitions', t('nav.petitions')],
    ['/admin/letters', t('nav.letters')],
    ['/admin/resolutions', t('nav.resolutions')],
    ['/admin/pickets', t('nav.pickets')],
    ['/admin/embassies', t('nav.embassies')],
    ['/admin/updates', t('nav.updates')],
    ['/admin/sources', t('nav.sources')],
    ['/admin/audit', t('nav.audit')],
    ...(actor.role === 'admin'
      ? [
          ['/admin/outbox', t('nav.outbox')],
          ['/admin/organisers', t('nav.organisers')],
        ]
      : []),
  ];
  return (
    <>
      <header className="admin-header">
        <div className="container">
          <Link href="/admin" className="brand">
            {t('title')}
          </Link>
          <nav aria-label={t('nav.label')} className="admin-nav">
            <ul>
              {links.map(([href, label]) => (
                <li key={href}>
                  <Link href={href!}>{label}</Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="admin-user">
            <LanguageSwitcher />
            <span>{t('nav.signedInAs', { email: actor.email, role: t(`roles.${actor.role}`) })}</span>
            <form action={signOutOfDashboard}>
              <button type="submit" className="button button-secondary">
                {t('nav.signOut')}
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container">
        {children}
      </main>
    </>
  );
}
