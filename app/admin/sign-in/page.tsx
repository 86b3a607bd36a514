import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { currentActor } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { LOCAL_ADMIN_EMAIL, adminEmails } from '@/lib/auth/admins';
import { LanguageSwitcher } from '../language/language-switcher';
import { SignInForm } from './sign-in-form';
import { adminTitle } from '@/app/admin/title';

export const generateMetadata = adminTitle('signIn');

type Props = { searchParams: Promise<{ error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  // Someone already signed in has nothing to do here: the form would only send another link.
  if (await currentActor()) redirect('/admin');
  const t = await getTranslations('Admin.signIn');
  const { error } = await searchParams;
  // On a platform that runs only on this machine with no ADMIN_EMAILS, say how to get in.
  const firstRun = !env().ADMIN_EMAILS && adminEmails().includes(LOCAL_ADMIN_EMAIL);
  return (
    <main id="main" tabIndex={-1} className="container">
      <div className="sign-in-language">
        <LanguageSwitcher />
      </div>
      <h1>{t('title')}</h1>
      {/* Any failed link reads the same: expired, used, or not an organiser's. */}
      {error ? (
        <p role="alert" className="form-error">
          {t('expired')}
        </p>
      ) : null}
      <p>{t('intro')}</p>
      {firstRun ? <p className="notice">{t('firstRun', { email: LOCAL_ADMIN_EMAIL, mailbox: '/dev/mailbox' })}</p> : null}
      <SignInForm />
    </main>
  );
}
