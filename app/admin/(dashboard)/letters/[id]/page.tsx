import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { adminTitle } from '@/app/admin/title';
import { AddressNotice } from '@/components/admin/address-notice';
import { RecordForm } from '@/components/admin/record-form';
import { UtcTime } from '@/components/utc-time';
import { listCasesForEditing } from '@/lib/cases/organise';
import { requireRole } from '@/lib/auth/session';
import { actionFields, handDeliveryFields } from '@/lib/letters/organise-forms';
import { actionForOrganisers, listOffices, targetStates } from '@/lib/letters/organise';
import { targetName } from '@/lib/letters/targets';
import { utcDay } from '@/lib/petitions/organise-forms';
import {
  closeLetterActionAction,
  markLettersDeliveredAction,
  openLetterActionAction,
  resumeTargetAction,
  sendDigestNowAction,
  updateLetterActionAction,
} from '../actions';

export const generateMetadata = adminTitle('letter');

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminLetterActionPage({ params, searchParams }: Props) {
  await requireRole('organiser');
  const { id } = await params;
  const query = await searchParams;
  const action = await actionForOrganisers(id);
  if (!action) notFound();
  const [t, locale] = await Promise.all([getTranslations('Admin'), getLocale()]);
  const [cases, offices, targets] = await Promise.all([listCasesForEditing(), listOffices(), targetStates(action.id)]);
  const number = new Intl.NumberFormat(locale);

  const initial: Record<string, string | string[]> = {
    slug: action.slug,
    caseId: action.caseId ?? '',
    offices: action.offices,
    toEmbassy: action.toEmbassy ? 'on' : '',
    allowAnonymous: action.allowAnonymous ? 'on' : '',
    mode: action.mode,
    perHour: String(action.perHour),
  };
  for (const field of ['title', 'ask', 'letter'] as const) {
    for (const [locale, text] of Object.entries(action[field])) if (text) initial[`${field}.${locale}`] = text;
  }

  return (
    <>
      <p>
        <Link href="/admin/letters">{t('letters.title')}</Link>
      </p>
      <h1>{action.title.en}</h1>
      <AddressNotice query={query} />

      <ul className="admin-links">
        <li>
          <a href={`/admin/letters/${action.id}/export`} download>
            {t('letters.exportCsv')}
          </a>
        </li>
        <li>
          <Link href={`/admin/letters/${action.id}/print`}>{t('letters.printPage')}</Link>
        </li>
        {action.status !== 'draft' ? (
          <li>
            <a href={`/en/letters/${action.slug}`}>{t('letters.publicPage')}</a>
          </li>
        ) : null}
      </ul>

      <section aria-labelledby="status-heading">
        <h2 id="status-heading">{t('letters.statusHeading')}</h2>
        <p>{t('letters.statusNow', { status: t(`letters.statusName.${action.status}`) })}</p>
        {action.status !== 'open' ? (
          <form action={openLetterActionAction.bind(null, action.id)}>
            <button type="submit">{t('letters.open')}</button>
          </form>
        ) : (
          <form action={closeLetterActionAction.bind(null, action.id)}>
            <button type="submit">{t('letters.close')}</button>
          </form>
        )}
        {action.mode === 'digest' ? (
          <>
            <p>{t('letters.digestIntro')}</p>
            <form action={sendDigestNowAction.bind(null, action.id)}>
              <button type="submit">{t('letters.digestNow')}</button>
            </form>
          </>
        ) : null}
      </section>

      <section aria-labelledby="targets-heading">
        <h2 id="targets-heading">{t('letters.targets')}</h2>
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t('letters.target')}</th>
              <th scope="col">{t('letters.address')}</th>
              <th scope="col">{t('letters.queued')}</th>
              <th scope="col">{t('letters.sent')}</th>
              <th scope="col">{t('letters.delivered')}</th>
              <th scope="col">{t('letters.held')}</th>
            </tr>
          </thead>
          <tbody>
            {targets.map((target) => (
              <tr key={target.key}>
                <th scope="row">{targetName(target, locale)}</th>
                <td>
                  {target.checked && target.email ? target.email : <span className="field-error">{t('letters.noAddress')}</span>}
                  {target.paused ? (
                    <>
                      <p className="field-error">
                        {t('letters.paused', { reason: target.paused.reason })}{' '}
                        <UtcTime at={target.paused.pausedAt} />
                      </p>
                      <form action={resumeTargetAction.bind(null, action.id, target.kind, target.key.slice(target.kind.length + 1))}>
                        <button type="submit">{t('letters.resume', { name: targetName(target, locale) })}</button>
                      </form>
                    </>
                  ) : null}
                </td>
                <td>{number.format(target.queued)}</td>
                <td>{number.format(target.sent)}</td>
                <td>{number.format(target.delivered)}</td>
                <td>{number.format(target.held)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="hand-heading">
        <h2 id="hand-heading">{t('letters.handHeading')}</h2>
        <p>{t('letters.handIntro')}</p>
        <RecordForm
          legend={t('letters.handHeading')}
          fields={handDeliveryFields(targets.filter((x) => x.queued > 0).map((x) => ({ value: x.key, label: targetName(x, locale) })))}
          action={markLettersDeliveredAction.bind(null, action.id)}
          initial={{ deliveredOn: utcDay(new Date()) }}
          submitLabel={t('letters.handSubmit')}
        />
      </section>

      <section aria-labelledby="texts-heading">
        <h2 id="texts-heading">{t('letters.texts')}</h2>
        <RecordForm
          legend={t('letters.texts')}
          fields={actionFields(
            cases.map((c) => ({ value: c.id, label: c.name.en })),
            offices.map((o) => ({ value: o.id, label: o.name.en })),
          )}
          action={updateLetterActionAction.bind(null, action.id)}
          initial={initial}
          submitLabel={t('letters.save')}
        />
      </section>
    </>
  );
}
