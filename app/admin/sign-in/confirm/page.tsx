import { getTranslations } from 'next-intl/server';
import { LanguageSwitcher } from '../../language/language-switcher';
import { adminTitle } from '@/app/admin/title';

export const generateMetadata = adminTitle('signIn');

type Props = { searchParams: Promise<{ token?: string; email?: string }> };

/**
 * The page the emailed link opens. Opening it changes nothing, so a mail scanner that fetches the
 * link does not use it up; the button posts the token to Auth.js, which uses it once.
 */
export default async function ConfirmSignInPage({ searchParams }: Props) {
  const t = await getTranslations('Admin.signIn');
  const { token, email } = await searchParams;
  if (typeof token !== 'string' || typeof email !== 'string' || !token || !email) {
    return (
      <main id="main" tabIndex={-1} className="container">
        <h1>{t('confirmTitle')}</h1>
        <p role="alert">{t('missingToken')}</p>
      </main>
    );
  }
  const callback = `/api/auth/callback/email?${new URLSearchParams({ token, email })}`;
  return (
    <main id="main" tabIndex={-1} className="container">
      <div className="sign-in-language">
        <LanguageSwitcher />
      </div>
      <h1>{t('confirmTitle')}</h1>
      <p>{t('confirmIntro', { email })}</p>
      <form method="post" action={callback} className="admin-form">
        <input type="hidden" name="callbackUrl" value="/admin" />
        <button type="submit">{t('confirmButton')}</button>
      </form>
    </main>
  );
}
