import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/lib/i18n/locale-param';
import { Link } from '@/lib/i18n/navigation';
import { confirmProposal } from '@/lib/pickets/propose';

// Rendered per request, never cached: it answers one visitor (a link from their mail, a form they
// sent) or is not one of the cached public pages (lib/cache/tags.ts).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await localeParam(params);
  const t = await getTranslations('Pickets');
  return { title: t('proposalConfirmed.title'), robots: { index: false }, referrer: 'no-referrer' };
}

/** The link in the proposer's mail. Opening it confirms, idempotently (mail scanners open it too). */
export default async function ConfirmProposalPage({ params }: Props) {
  await localeParam(params);
  const { token } = await params;
  const t = await getTranslations('Pickets');
  const outcome = await confirmProposal(token);
  return (
    <div className="container narrow">
      {outcome.status === 'invalid' ? (
        <>
          <h1>{t('invalidLink.title')}</h1>
          <p>{t('invalidLink.body')}</p>
        </>
      ) : (
        <>
          <h1>{t('proposalConfirmed.title')}</h1>
          <p className="lead">{t('proposalConfirmed.body', { title: outcome.picket.title })}</p>
        </>
      )}
      <p>
        <Link href="/pickets">{t('backToList')}</Link>
      </p>
    </div>
  );
}
