import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/lib/i18n/locale-param';
import { pickText } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { signatureForWithdrawal } from '@/lib/petitions/withdraw';
import { withdrawAction } from './actions';

// Rendered per request, never cached: it answers one visitor (a link from their mail, a form they
// sent) or is not one of the cached public pages (lib/cache/tags.ts).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await localeParam(params);
  const t = await getTranslations('Withdraw');
  return { title: t('title'), robots: { index: false }, referrer: 'no-referrer' };
}

/**
 * The withdrawal link in the mail only shows a button: opening the page (as mail scanners do)
 * changes nothing; the button's POST withdraws.
 */
export default async function WithdrawPage({ params }: Props) {
  const locale = await localeParam(params);
  const { token } = await params;
  const [outcome, t, confirm, sign] = await Promise.all([
    signatureForWithdrawal(token),
    getTranslations('Withdraw'),
    getTranslations('Confirm'),
    getTranslations('Sign'),
  ]);
  if (outcome.status === 'invalid') {
    return (
      <div className="container narrow">
        <h1>{confirm('invalidTitle')}</h1>
        <p>{confirm('invalidBody')}</p>
      </div>
    );
  }
  const title = pickText(outcome.petition.title, locale)!;
  return (
    <div className="container narrow">
      {outcome.status === 'withdrawn' ? (
        <>
          <h1>{t('doneTitle')}</h1>
          <p>{t('doneBody', { title })}</p>
        </>
      ) : (
        <>
          <h1>{t('title')}</h1>
          <p>{outcome.status === 'confirmed' ? t('body', { title }) : t('pendingBody', { title })}</p>
          <form action={withdrawAction.bind(null, token)}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit">{t('button')}</button>
          </form>
        </>
      )}
      <p>
        <Link href={`/petitions/${outcome.petition.slug}`}>{sign('backToPetition')}</Link>
      </p>
    </div>
  );
}
