import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/client-messages';
import { SubscribeForm } from '@/components/subscribe-form';
import { UpdateEntry } from '@/components/update-entry';
import { showsOnPage } from '@/lib/cache/tags';
import { alternates } from '@/lib/i18n/alternates';
import { localeParam } from '@/lib/i18n/locale-param';
import { listPublishedUpdates } from '@/lib/updates/queries';
import { subscribeAction } from '../subscriptions/subscribe-action';

// Served from the page cache: rendered once per language, then again only when what it shows
// changes (lib/cache/tags.ts) or, for what changes by itself, after this many seconds.
export const revalidate = 60;
// No page is rendered during the build (it has no database): each is rendered on its first visit.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Updates' });
  return {
    title: t('title'),
    alternates: { ...alternates(locale, '/updates'), types: { 'application/atom+xml': `/api/feeds/updates/${locale}` } },
  };
}

export default async function UpdatesPage({ params }: Props) {
  const locale = await localeParam(params);
  await showsOnPage('updates', 'cases', 'petitions', 'pickets');
  const [t, ts, updates] = await Promise.all([getTranslations('Updates'), getTranslations('Subscribe'), listPublishedUpdates()]);
  return (
    <div className="container">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p>
        <a href={`/api/feeds/updates/${locale}`} type="application/atom+xml">
          {t('feed')}
        </a>
      </p>
      {updates.length === 0 ? <p>{t('empty')}</p> : updates.map((u) => <UpdateEntry key={u.id} update={u} />)}
      <ClientMessages namespaces={['Subscribe']}>
        <SubscribeForm action={subscribeAction} caseKey="all" heading={ts('headingAll')} intro={ts('introAll')} permalink={`/${locale}/updates`} />
      </ClientMessages>
    </div>
  );
}
