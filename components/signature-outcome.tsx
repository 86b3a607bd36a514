import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';
import { pickText } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { appUrl } from '@/lib/site-url';
import type { LinkOutcome } from '@/lib/petitions/tokens';
import { ShareLinks } from './share-links';

/** What a confirmation link leads to: thanks and sharing, or why the link did nothing. */
export function ConfirmOutcome({ outcome }: { outcome: LinkOutcome }) {
  const t = useTranslations('Confirm');
  const sign = useTranslations('Sign');
  const locale = useLocale() as Locale;
  if (outcome.status === 'invalid') {
    return (
      <>
        <h1>{t('invalidTitle')}</h1>
        <p>{t('invalidBody')}</p>
      </>
    );
  }
  const title = pickText(outcome.petition.title, locale)!;
  const back = (
    <p>
      <Link href={`/petitions/${outcome.petition.slug}`}>{sign('backToPetition')}</Link>
    </p>
  );
  if (outcome.status === 'withdrawn' || outcome.status === 'expired') {
    return (
      <>
        <h1>{t(`${outcome.status}Title`)}</h1>
        <p>{t(`${outcome.status}Body`)}</p>
        {back}
      </>
    );
  }
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('body', { title })}</p>
      {outcome.publicName ? <p>{t('nameShown')}</p> : null}
      <p>{t('shareAsk')}</p>
      <ShareLinks url={`${appUrl()}/${locale}/petitions/${outcome.petition.slug}`} title={title} />
      {back}
    </>
  );
}
