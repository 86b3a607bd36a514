import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/lib/i18n/locale-param';
import { Link } from '@/lib/i18n/navigation';
import { PicketWhenWhere } from '@/components/picket-when-where';
import { confirmRsvp } from '@/lib/pickets/rsvp';

// Rendered per request, never cached: it answers one visitor (a link from their mail, a form they
// sent) or is not one of the cached public pages (lib/cache/tags.ts).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await localeParam(params);
  const t = await getTranslations('Pickets');
  return { title: t('rsvpConfirmed.title'), robots: { index: false }, referrer: 'no-referrer' };
}

/** The link in the RSVP mail: confirms (or puts on the waiting list), idempotently. */
export default async function ConfirmRsvpPage({ params }: Props) {
  await localeParam(params);
  const { token } = await params;
  const t = await getTranslations('Pickets');
  const outcome = await confirmRsvp(token);
  if (outcome.status === 'invalid') {
    return (
      <div className="container narrow">
        <h1>{t('invalidLink.title')}</h1>
        <p>{t('invalidLink.body')}</p>
      </div>
    );
  }
  const message =
    outcome.status === 'refused' ? t(`rsvp.refused.${outcome.refusal ?? 'not_found'}`) : t(`rsvpConfirmed.${outcome.status}`, { title: outcome.picket.title });
  return (
    <div className="container narrow">
      <h1>{outcome.status === 'confirmed' ? t('rsvpConfirmed.title') : outcome.picket.title}</h1>
      <p className="lead">{message}</p>
      {outcome.status === 'confirmed' || outcome.status === 'waitlisted' ? (
        <dl className="details">
          <PicketWhenWhere picket={outcome.picket} />
        </dl>
      ) : null}
      {outcome.status === 'confirmed' || outcome.status === 'waitlisted' ? (
        <p>
          <a href={`/api/pickets/${outcome.picket.id}/calendar`} download={`picket-${outcome.picket.id}.ics`}>
            {t('downloadIcs')}
          </a>
        </p>
      ) : null}
      <p>
        <Link href={`/pickets/${outcome.picket.id}`}>{t('backToPicket')}</Link>
      </p>
    </div>
  );
}
