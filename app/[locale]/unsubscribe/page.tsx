import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/lib/i18n/locale-param';
import { readUnsubscribeToken } from '@/lib/mail/unsubscribe';
import { UPDATES_LIST_ID } from '@/lib/subscriptions/subscribe';
import { confirmUnsubscribe, managePreferencesInstead } from './actions';

// Rendered per request, never cached: it answers one visitor (a link from their mail, a form they
// sent) or is not one of the cached public pages (lib/cache/tags.ts).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string; done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: 'Unsubscribe' });
  // A personal link: keep it out of search engines.
  return { title: t('title'), robots: { index: false, follow: false } };
}

export default async function UnsubscribePage({ params, searchParams }: Props) {
  await localeParam(params);
  const { token, done } = await searchParams;
  const t = await getTranslations('Unsubscribe');
  const subject = readUnsubscribeToken(token);
  return (
    <div className="container narrow">
      <h1>{t('title')}</h1>
      {!subject ? (
        <p role="alert">{t('invalid')}</p>
      ) : done === '1' ? (
        <p role="status">{t('done', { email: subject.email })}</p>
      ) : (
        <form action={confirmUnsubscribe}>
          <p>{t('question', { email: subject.email })}</p>
          <p>{t('note')}</p>
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="button">
            {t('button')}
          </button>
        </form>
      )}
      {subject?.listId === UPDATES_LIST_ID && done !== '1' ? (
        <form action={managePreferencesInstead}>
          <p>{t('preferencesInstead')}</p>
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="button button-secondary">
            {t('preferencesButton')}
          </button>
        </form>
      ) : null}
    </div>
  );
}
