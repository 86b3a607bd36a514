import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { alternates } from '@/lib/i18n/alternates';
import { localeParam } from '@/lib/i18n/locale-param';
import { pickText } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { listPublicActions } from '@/lib/letters/queries';

type Props = { params: Promise<{ locale: string }> };

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const t = await getTranslations('Letters');
  return { title: t('listTitle'), alternates: alternates(locale, '/letters') };
}

export default async function LettersPage({ params }: Props) {
  const locale = await localeParam(params);
  const [t, actions] = await Promise.all([getTranslations('Letters'), listPublicActions()]);
  return (
    <div className="container">
      <h1>{t('listTitle')}</h1>
      <p className="lead">{t('listIntro')}</p>
      {actions.length === 0 ? (
        <p>{t('listEmpty')}</p>
      ) : (
        <ul className="petition-list">
          {actions.map((a) => (
            <li key={a.id} className="petition-card">
              <h2>
                <Link href={`/letters/${a.slug}`}>{pickText(a.title, locale)}</Link>
              </h2>
              <p>{pickText(a.ask, locale)}</p>
              <p className="hint">
                {a.status === 'open' ? t('openNow') : t('closedHeading')} · {t('total', { count: a.sent })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
