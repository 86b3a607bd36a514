import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/lib/i18n/locale-param';
import { pickText } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { confirmLetter } from '@/lib/letters/confirm';
import { targetName } from '@/lib/letters/targets';

type Props = { params: Promise<{ locale: string; token: string }> };

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await localeParam(params);
  const t = await getTranslations('Letters');
  // The token must not leak to other sites through the Referer header.
  return { title: t('confirmTitle'), robots: { index: false }, referrer: 'no-referrer' };
}

/**
 * The link in the confirmation mail. Opening it confirms: a mail scanner that opens it first
 * confirms too, and the writer, following it later, sees the same page (confirmLetter is idempotent
 * and the one-letter rule holds however often it runs).
 */
export default async function ConfirmLetterPage({ params }: Props) {
  const locale = await localeParam(params);
  const { token } = await params;
  const outcome = await confirmLetter(token);
  const t = await getTranslations('Letters');
  if (outcome.status === 'invalid') {
    return (
      <div className="container narrow">
        <h1>{t('invalidTitle')}</h1>
        <p>{t('invalidBody')}</p>
      </div>
    );
  }
  const back = (
    <p>
      <Link href={`/letters/${outcome.action.slug}`}>{t('backToAction')}</Link>
    </p>
  );
  if (outcome.status === 'expired') {
    return (
      <div className="container narrow">
        <h1>{t('expiredTitle')}</h1>
        <p>{t('expiredBody')}</p>
        {back}
      </div>
    );
  }
  return (
    <div className="container narrow">
      <h1>{t('confirmedTitle')}</h1>
      <p className="lead">{t('confirmedBody', { action: pickText(outcome.action.title, locale)! })}</p>
      {outcome.sending.length > 0 ? (
        <>
          <h2>{t('sendingTo')}</h2>
          <ul>
            {outcome.sending.map((target) => (
              <li key={target.key}>{targetName(target, locale)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {outcome.already.length > 0 ? (
        <>
          <h2>{t('alreadyTo')}</h2>
          <ul>
            {outcome.already.map((target) => (
              <li key={target.key}>{targetName(target, locale)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p>{t('pacingNote')}</p>
      {back}
    </div>
  );
}
