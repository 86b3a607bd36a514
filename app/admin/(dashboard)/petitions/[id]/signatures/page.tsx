import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AddressNotice } from '@/components/admin/address-notice';
import { getLocale, getTranslations } from 'next-intl/server';
import { fieldErrorTexts } from '@/lib/forms/field-error-text';
import { DataTable } from '@/components/admin/data-table';
import { FormField } from '@/components/form-field';
import { UtcTime } from '@/components/utc-time';
import { requireRole } from '@/lib/auth/session';
import { signatureStatus } from '@/db/schema';
import { countryName } from '@/lib/countries';
import { signatureSearchFromQuery, type SignatureSearchField } from '@/lib/petitions/organise-forms';
import { petitionForOrganisers, searchSignatures } from '@/lib/petitions/queries';
import { invalidateSignaturesAction } from '../../actions';
import { adminTitle } from '@/app/admin/title';

export const generateMetadata = adminTitle('signatures');

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminSignaturesPage({ params, searchParams }: Props) {
  await requireRole('organiser');
  const { id } = await params;
  const petition = await petitionForOrganisers(id);
  if (!petition) notFound();
  const [t, locale] = await Promise.all([getTranslations('Admin'), getLocale()]);
  const query = await searchParams;
  const { typed, errors, search } = signatureSearchFromQuery(query);
  const say = await fieldErrorTexts();
  const rows = search ? await searchSignatures({ ...search, petitionId: petition.id, limit: 1000 }) : [];
  const searchString = new URLSearchParams(Object.entries(typed).filter(([, v]) => v)).toString();

  const field = (name: SignatureSearchField, label: string, type = 'text') => (
    <FormField name={name} id={`search-${name}`} label={label} error={say(errors[name])}>
      {(aria) => <input type={type} {...aria} defaultValue={typed[name]} />}
    </FormField>
  );

  return (
    <>
      <p>
        <Link href={`/admin/petitions/${petition.id}`}>{t('petitions.back')}</Link>
      </p>
      <h1>
        {t('petitions.signatures')}: {petition.title.en}
      </h1>
      <p className="hint">{t('petitions.emailsPrivate')}</p>
      <AddressNotice query={query} />

      <form method="get" className="admin-form" role="search" aria-label={t('petitions.searchLegend')}>
        <fieldset>
          <legend>{t('petitions.searchLegend')}</legend>
          {field('email', t('petitions.email'))}
          {field('domain', t('petitions.domain'))}
          {field('ipHash', t('petitions.ipHash'))}
          {field('from', t('petitions.from'), 'date')}
          {field('to', t('petitions.to'), 'date')}
          <FormField name="status" id="search-status" label={t('petitions.signatureStatus')} error={say(errors.status)}>
            {(aria) => (
              <select {...aria} defaultValue={typed.status}>
                <option value="">{t('petitions.anyStatus')}</option>
                {signatureStatus.enumValues.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField name="flagged" id="search-flagged" label={t('petitions.flagged')} error={say(errors.flagged)}>
            {(aria) => (
              <select {...aria} defaultValue={typed.flagged}>
                <option value="">{t('petitions.anyFlag')}</option>
                <option value="yes">{t('petitions.flaggedYes')}</option>
                <option value="no">{t('petitions.flaggedNo')}</option>
              </select>
            )}
          </FormField>
          <button type="submit">{t('petitions.search')}</button>
        </fieldset>
      </form>

      {search ? <p role="status">{t('petitions.results', { count: rows.length })}</p> : null}
      {search && rows.length > 0 ? (
        <form action={invalidateSignaturesAction.bind(null, petition.id, searchString)} className="admin-form">
          <DataTable
            rows={rows}
            rowKey={(r) => r.id}
            columns={[
              {
                header: t('petitions.select'),
                cell: (r) => <input type="checkbox" name="ids" value={r.id} aria-label={t('petitions.selectSignature', { email: r.email })} />,
              },
              { header: t('petitions.when'), cell: (r) => <UtcTime at={r.createdAt} /> },
              { header: t('petitions.name'), cell: (r) => r.name },
              { header: t('petitions.email'), cell: (r) => r.email },
              { header: t('fields.country'), cell: (r) => countryName(r.country, locale) },
              { header: t('petitions.signatureStatus'), cell: (r) => r.status },
              { header: t('petitions.flagged'), cell: (r) => (r.flagged ? (r.flagReason ?? 'yes') : '') },
              {
                header: t('petitions.ipHash'),
                cell: (r) =>
                  r.ipHash ? (
                    <Link href={`?${new URLSearchParams({ ipHash: r.ipHash })}`} title={r.ipHash}>
                      {r.ipHash.slice(0, 10)}…
                    </Link>
                  ) : null,
              },
            ]}
          />
          <FormField name="reason" id="invalidate-reason" label={t('petitions.invalidateReason')} hint={t('petitions.invalidateHint')}>
            {(aria) => <input type="text" {...aria} defaultValue="invalidated by an organiser" />}
          </FormField>
          <button type="submit">{t('petitions.invalidate')}</button>
        </form>
      ) : search ? (
        <p>{t('petitions.noResults')}</p>
      ) : null}
    </>
  );
}
