import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { PicketForm } from '@/components/picket-form';
import { PICKET_PLACE_SCRIPT } from '@/components/picket-place-fields';
import { UtcTime } from '@/components/utc-time';
import { isUuid } from '@/lib/forms/form-input';
import { requireRole } from '@/lib/auth/session';
import { picketFormOptions } from '@/lib/pickets/form-options';
import { NOTE_MAX } from '@/lib/pickets/forms';
import { placeOf } from '@/lib/pickets/place';
import { picketForOrganisers } from '@/lib/pickets/queries';
import { attendance } from '@/lib/pickets/rsvp';
import { picketWhen, utcToZonedInput } from '@/lib/pickets/time';
import { approvePicketAction, cancelPicketAction, rejectPicketAction, updatePicketAction } from '../actions';
import { adminTitle } from '@/app/admin/title';

export const generateMetadata = adminTitle('picket');

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ problem?: string; done?: string; step?: string }> };

const PROBLEMS = ['not_found', 'wrong_status', 'reason_required'] as const;
/** What an action did, named in the URL it redirects to, so the page can say it worked (with or without JavaScript). */
const DONE = ['approved', 'rejected', 'cancelled'] as const;

export default async function AdminPicketPage({ params, searchParams }: Props) {
  await requireRole('organiser');
  const { id } = await params;
  const { problem, done, step } = await searchParams;
  if (!isUuid(id)) notFound();
  const picket = await picketForOrganisers(id);
  if (!picket) notFound();
  const [t, tp, locale] = await Promise.all([getTranslations('Admin'), getTranslations('Pickets'), getLocale()]);
  const [options, counts] = await Promise.all([picketFormOptions(locale as Locale, tp('propose.otherZones')), attendance(id)]);
  const known = PROBLEMS.find((p) => p === problem);
  const worked = DONE.find((d) => d === done);
  // Everyone the cancellation notice goes to: registered and on the waiting list.
  const reach = counts.attending + counts.waiting;
  const confirmingCancel = step === 'cancel' && picket.status === 'approved';
  const initial = {
    title: picket.title,
    description: picket.description,
    whatToBring: picket.whatToBring ?? '',
    accessibility: picket.accessibility ?? '',
    country: picket.country,
    city: picket.city,
    venue: picket.venue,
    address: picket.address,
    embassyId: picket.embassyId ?? '',
    lat: picket.lat === null ? '' : String(picket.lat),
    lon: picket.lon === null ? '' : String(picket.lon),
    startsAt: utcToZonedInput(picket.startsAt, picket.timeZone),
    endsAt: utcToZonedInput(picket.endsAt, picket.timeZone),
    timeZone: picket.timeZone,
    capacity: picket.capacity === null ? '' : String(picket.capacity),
    petitionId: picket.petitionId ?? '',
    caseIds: picket.caseIds,
  };

  return (
    <>
      <p>
        <Link href="/admin/pickets">{t('pickets.back')}</Link>
      </p>
      <h1>{picket.title}</h1>
      {known ? (
        <p className="form-error" role="alert">
          {t(`pickets.problems.${known}`)}
        </p>
      ) : null}
      {worked && !known ? (
        <p className="form-ok" role="status">
          {t(`pickets.done.${worked}`, { count: reach })}
        </p>
      ) : null}
      <dl className="admin-details">
        <dt>{t('fields.status')}</dt>
        <dd>{t(`pickets.statuses.${picket.status}`)}</dd>
        <dt>{t('pickets.when')}</dt>
        <dd>{picketWhen(picket.startsAt, picket.endsAt, picket.timeZone, locale)}</dd>
        <dt>{t('pickets.where')}</dt>
        <dd>{placeOf(picket, locale as Locale)}</dd>
        <dt>{t('pickets.proposer')}</dt>
        <dd>
          {picket.organiserName} &lt;{picket.organiserEmail}&gt;
        </dd>
        <dt>{t('pickets.addressConfirmed')}</dt>
        <dd>{picket.proposalConfirmedAt ? <UtcTime at={picket.proposalConfirmedAt} /> : t('pickets.notConfirmed')}</dd>
        <dt>{t('pickets.attendees')}</dt>
        <dd>{t('pickets.attendeeCounts', { attending: counts.attending, waiting: counts.waiting })}</dd>
        <dt>{t('pickets.sequence')}</dt>
        <dd>{picket.sequence}</dd>
        {picket.rejectionReason ? (
          <>
            <dt>{t('pickets.reason')}</dt>
            <dd>{picket.rejectionReason}</dd>
          </>
        ) : null}
      </dl>
      <p>
        <Link href={`/admin/audit?id=${picket.id}`}>{t('pickets.history')}</Link>
        {picket.status === 'approved' || picket.status === 'cancelled' ? (
          <>
            {' · '}
            <a href={`/en/pickets/${picket.id}`}>{t('pickets.publicPage')}</a>
          </>
        ) : null}
      </p>

      {picket.status === 'proposed' ? (
        <section aria-labelledby="review">
          <h2 id="review">{t('pickets.review')}</h2>
          {picket.proposalConfirmedAt ? (
            <form action={approvePicketAction.bind(null, picket.id)}>
              <button type="submit">{t('pickets.approve')}</button>
            </form>
          ) : null}
          <form action={rejectPicketAction.bind(null, picket.id)} className="admin-form">
            <div className="field">
              <label htmlFor="reason">{t('pickets.reason')}</label>
              <textarea id="reason" name="reason" rows={3} required maxLength={2000} aria-describedby="reason-hint" />
              <p id="reason-hint" className="hint">
                {t('pickets.reasonHint')}
              </p>
            </div>
            <button type="submit" className="button-secondary">
              {t('pickets.reject')}
            </button>
          </form>
        </section>
      ) : null}

      {picket.status === 'approved' ? (
        <section aria-labelledby="cancel" id="cancel-section">
          <h2 id="cancel">{t('pickets.cancel')}</h2>
          {confirmingCancel ? (
            // The second step: cancelling cannot be undone and mails everyone coming, so the
            // organiser sees how many before the button that does it.
            <form action={cancelPicketAction.bind(null, picket.id)} className="admin-form">
              <p className="form-warning">{t('pickets.cancelConfirm', { count: reach })}</p>
              <div className="field">
                <label htmlFor="cancel-note">{t('pickets.cancelNote')}</label>
                <textarea id="cancel-note" name="note" rows={2} maxLength={NOTE_MAX} aria-describedby="cancel-note-hint" />
                <p id="cancel-note-hint" className="hint">
                  {t('pickets.limit', { max: NOTE_MAX })}
                </p>
              </div>
              <p>
                <button type="submit">{t('pickets.cancelConfirmButton', { count: reach })}</button>{' '}
                <Link href={`/admin/pickets/${picket.id}`}>{t('pickets.cancelKeep')}</Link>
              </p>
            </form>
          ) : (
            <form method="get" action={`/admin/pickets/${picket.id}#cancel-section`}>
              <input type="hidden" name="step" value="cancel" />
              <p className="hint">{t('pickets.cancelFirstStep')}</p>
              <button type="submit" className="button-secondary">
                {t('pickets.cancelButton')}
              </button>
            </form>
          )}
        </section>
      ) : null}

      {picket.status === 'proposed' || picket.status === 'approved' ? (
        <section aria-labelledby="edit">
          <h2 id="edit">{t('pickets.edit')}</h2>
          <PicketForm mode="edit" action={updatePicketAction.bind(null, picket.id)} permalink={`/admin/pickets/${picket.id}`} initial={initial} {...options} />
          {/* The embassy fills in the place by this script, as on the proposal page; async, so that React loads it after a client-side navigation too. */}
          <script type="module" src={PICKET_PLACE_SCRIPT} async />
        </section>
      ) : null}
    </>
  );
}
