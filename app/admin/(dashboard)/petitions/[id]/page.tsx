import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AddressNotice } from '@/components/admin/address-notice';
import { getLocale, getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/admin/data-table';
import { RecordForm } from '@/components/admin/record-form';
import { UtcTime } from '@/components/utc-time';
import { listCasesForEditing } from '@/lib/cases/organise';
import { requireRole } from '@/lib/auth/session';
import { countryName, countryOptions } from '@/lib/countries';
import { clearFlagFields, deliveryFields, flaggedSignaturesQuery, paperFields, petitionFields, utcDay } from '@/lib/petitions/organise-forms';
import { listPaperCounts, petitionForOrganisers } from '@/lib/petitions/queries';
import { addPaperCountAction, clearPetitionFlagAction, closePetitionAction, markDeliveredAction, openPetitionAction, updatePetitionAction } from '../actions';
import { adminTitle } from '@/app/admin/title';

export const generateMetadata = adminTitle('petition');

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };


export default async function AdminPetitionPage({ params, searchParams }: Props) {
  await requireRole('organiser');
  const { id } = await params;
  const query = await searchParams;
  const petition = await petitionForOrganisers(id);
  if (!petition) notFound();
  const [t, locale] = await Promise.all([getTranslations('Admin'), getLocale()]);
  const [cases, paper] = await Promise.all([listCasesForEditing(), listPaperCounts(petition.id)]);
  const number = new Intl.NumberFormat(locale);
  const flagged = flaggedSignaturesQuery(petition);

  const initial: Record<string, string> = {
    slug: petition.slug,
    caseId: petition.caseId ?? '',
    goal: String(petition.goal),
    opensOn: utcDay(petition.opensAt),
    closesOn: utcDay(petition.closesAt),
  };
  for (const field of ['title', 'target', 'summary', 'body'] as const) {
    for (const [locale, text] of Object.entries(petition[field])) if (text) initial[`${field}.${locale}`] = text;
  }

  return (
    <>
      <p>
        <Link href="/admin/petitions">{t('petitions.title')}</Link>
      </p>
      <h1>{petition.title.en}</h1>
      {/* What the open, close and clear-flag buttons did; anything else in the address is ignored. */}
      <AddressNotice query={query} />
      {petition.flaggedAt ? (
        <section aria-labelledby="flag-heading" className="notice">
          <h2 id="flag-heading">{t('petitions.flagHeading')}</h2>
          <p className="field-error">{t('petitions.alert', { reason: petition.flagReason ?? '' })}</p>
          {flagged ? (
            <p>
              <Link href={`/admin/petitions/${petition.id}/signatures?${new URLSearchParams(flagged)}`}>{t('petitions.flagSignatures')}</Link>
            </p>
          ) : null}
          <p className="hint">{t('petitions.flagClearHint')}</p>
          <RecordForm
            legend={t('petitions.flagClearLegend')}
            fields={clearFlagFields}
            action={clearPetitionFlagAction.bind(null, petition.id)}
            initial={{}}
            submitLabel={t('petitions.flagClear')}
          />
        </section>
      ) : null}

      <ul className="admin-links">
        <li>
          <Link href={`/admin/petitions/${petition.id}/signatures`}>{t('petitions.searchSignatures')}</Link>
        </li>
        <li>
          <a href={`/admin/petitions/${petition.id}/export`} download>
            {t('petitions.exportCsv')}
          </a>
        </li>
        {petition.status !== 'draft' ? (
          <>
            <li>
              <a href={`/en/petitions/${petition.slug}/print`}>{t('petitions.printPage')}</a>
            </li>
            <li>
              <a href={`/en/petitions/${petition.slug}`}>{t('petitions.publicPage')}</a>
            </li>
          </>
        ) : null}
      </ul>

      <section aria-labelledby="status-heading">
        <h2 id="status-heading">{t('petitions.statusHeading')}</h2>
        <p>{t('petitions.statusNow', { status: t(`petitions.statusName.${petition.status}`) })}</p>
        {petition.status === 'delivered' && petition.deliveredAt ? (
          <p>
            {t('petitions.delivered', {
              to: petition.deliveredTo ?? '',
              date: utcDay(petition.deliveredAt),
              count: number.format(petition.deliveredCount ?? 0),
            })}
            {petition.deliveryNote ? ` ${petition.deliveryNote}` : ''}
          </p>
        ) : null}
        {petition.status === 'draft' || petition.status === 'closed' ? (
          <form action={openPetitionAction.bind(null, petition.id)}>
            <button type="submit">{t('petitions.open')}</button>
          </form>
        ) : null}
        {petition.status === 'open' ? (
          <form action={closePetitionAction.bind(null, petition.id)}>
            <button type="submit">{t('petitions.close')}</button>
          </form>
        ) : null}
        {petition.status === 'closed' ? (
          <RecordForm
            legend={t('petitions.deliver')}
            fields={deliveryFields}
            action={markDeliveredAction.bind(null, petition.id)}
            initial={{ deliveredOn: utcDay(new Date()) }}
            submitLabel={t('petitions.deliver')}
          />
        ) : null}
      </section>

      <section aria-labelledby="texts-heading">
        <h2 id="texts-heading">{t('petitions.texts')}</h2>
        <RecordForm
          legend={t('petitions.texts')}
          fields={petitionFields(cases.map((c) => ({ value: c.id, label: c.name.en })))}
          action={updatePetitionAction.bind(null, petition.id)}
          initial={initial}
          submitLabel={t('petitions.save')}
        />
      </section>

      <section aria-labelledby="paper-heading">
        <h2 id="paper-heading">{t('petitions.paperHeading')}</h2>
        <DataTable
          rows={paper}
          rowKey={(p) => p.id}
          empty={t('petitions.paperEmpty')}
          columns={[
            { header: t('fields.count'), cell: (p) => number.format(p.count) },
            { header: t('fields.country'), cell: (p) => (p.country ? countryName(p.country, locale) : '') },
            { header: t('fields.place'), cell: (p) => p.place },
            { header: t('fields.collectedOn'), cell: (p) => utcDay(p.collectedOn) },
            { header: t('fields.note'), cell: (p) => p.note },
            { header: t('petitions.paperWhen'), cell: (p) => <UtcTime at={p.createdAt} /> },
          ]}
        />
        <RecordForm
          legend={t('petitions.paperAdd')}
          fields={paperFields(countryOptions(locale).map((c) => ({ value: c.code, label: c.name })))}
          action={addPaperCountAction.bind(null, petition.id)}
          initial={{}}
          submitLabel={t('petitions.paperAdd')}
        />
      </section>
    </>
  );
}
