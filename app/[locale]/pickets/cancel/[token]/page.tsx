import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/lib/i18n/locale-param';
import { Link } from '@/lib/i18n/navigation';
import { PicketWhenWhere } from '@/components/picket-when-where';
import { rsvpForCancel } from '@/lib/pickets/rsvp';
import { cancelRsvpAction } from './actions';

// Rendered per request, never cached: it answers one visitor (a link from their mail, a form they
// sent) or is not one of the cached public pages (lib/cache/tags.ts).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await localeParam(params);
  const t = await getTranslations('Pickets');
  return { title: t('cancelRsvp.title'), robots: { index: false }, referrer: 'no-referrer' };
}

/** The cancel link: opening it changes nothing (mail scanners open links); the button cancels. */
export default async function CancelRsvpPage({ params }: Props) {
  const locale = await localeParam(params);
  const { token } = await params;
  const t = await getTranslations('Pickets');
  const outcome = await rsvpForCancel(token);
  if (outcome.status === 'invalid') {
    return (
      <div className="container narrow">
        <h1>{t('invalidLink.title')}</h1>
        <p>{t('invalidLink.body')}</p>
      </div>
    );
  }
  return (
    <div className="container narrow">
      <h1>{t('cancelRsvp.title')}</h1>
      <dl className="details">
        <PicketWhenWhere picket={outcome.picket} />
      </dl>
      {outcome.status === 'cancelled' ? (
        <p className="lead">{t('cancelRsvp.done', { title: outcome.picket.title })}</p>
      ) : (
        <form action={cancelRsvpAction}>
          <p>{t('cancelRsvp.question', { title: outcome.picket.title })}</p>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit">{t('cancelRsvp.button')}</button>
        </form>
      )}
      <p>
        <Link href={`/pickets/${outcome.picket.id}`}>{t('backToPicket')}</Link>
      </p>
    </div>
  );
}
