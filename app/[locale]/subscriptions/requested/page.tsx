import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/lib/i18n/locale-param';

// Rendered per request, never cached: it answers one visitor (a link from their mail, a form they
// sent) or is not one of the cached public pages (lib/cache/tags.ts).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Subscribe' });
  return { title: t('requestedTitle'), robots: { index: false } };
}

/** The same page for a new address, a pending one and one already subscribed. */
export default async function SubscriptionRequestedPage({ params }: Props) {
  await localeParam(params);
  const t = await getTranslations('Subscribe');
  return (
    <div className="container narrow">
      <h1>{t('requestedTitle')}</h1>
      <p role="status">{t('requestedBody')}</p>
    </div>
  );
}
