import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/lib/i18n/locale-param';
import { confirmSubscription } from '@/lib/subscriptions/subscribe';

// Rendered per request, never cached: it answers one visitor (a link from their mail, a form they
// sent) or is not one of the cached public pages (lib/cache/tags.ts).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Subscriptions' });
  return { title: t('confirmTitle'), robots: { index: false }, referrer: 'no-referrer' };
}

/**
 * The link in the confirmation mail. Opening it confirms; confirmSubscription is idempotent, so a
 * mail scanner that opens it first changes nothing for the person who follows it later.
 */
export default async function ConfirmSubscriptionPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  const { token } = await searchParams;
  const t = await getTranslations('Subscriptions');
  const outcome = await confirmSubscription(String(token ?? ''), locale);
  return (
    <div className="container narrow">
      {outcome.status === 'confirmed' ? (
        <>
          <h1>{t('confirmTitle')}</h1>
          <p role="status">{t('confirmed')}</p>
          <p>
            <a href={outcome.preferencesUrl}>{t('manage')}</a>
          </p>
        </>
      ) : (
        <>
          <h1>{t('confirmFailedTitle')}</h1>
          <p role="alert">{outcome.status === 'expired' ? t('confirmExpired') : t('confirmInvalid')}</p>
          <p>
            <Link href={`/${locale}/cases`}>{t('subscribeAgain')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
