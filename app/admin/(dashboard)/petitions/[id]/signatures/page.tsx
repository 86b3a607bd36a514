import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { UtcTime } from '@/components/utc-time';
import { fieldErrors } from '@/lib/forms/form-input';
import { requireRole } from '@/lib/auth/session';
import { signatureStatus } from '@/db/schema';
import { countryName } from '@/lib/countries';
import { signatureSearchSchema, toUtcDay } from '@/lib/petitions/organise-forms';
import { petitionForOrganisers, searchSignatures } from '@/lib/petitions/queries';
import { invalidateSignaturesAction } from '../../actions';
import { adminTitle } from '@/app/admin/title';

export const generateMetadata = adminTitle('signatures');

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const SEARCH_FIELDS = ['email', 'domain', 'ipHash', 'from', 'to', 'status', 'flagged'] as const;
const DAY_MS = 86_400_000;

export default async function AdminSignaturesPage({ params, searchParams }: Props) {
  await requireRole('organiser');
  const { id } = await params;
  const petition = await petitionForOrganisers(id);
  if (!petition) notFound();
  const [t, locale] = await Promise.all([getTranslations('Admin'), getLocale()]);
  const query = await searchParams;
  const typed = Object.fromEntries(SEARCH_FIELDS.map((f) => [f, typeof query[f] === 'string' ? (query[f] as string) : '']));
  const parsed = signatureSearchSchema.safeParse(typed);
  const errors = parsed.success ? {} : fieldErrors(parsed.error);
  const search = parsed.success ? parsed.data : null;
  const rows = search
    ? await searchSignatures({
        petitionId: petition.id,
        email: search.email,
        domain: search.domain,
        ipHash: search.ipHash,
        from: toUtcDay(search.from),
        // The "until" day is included: the search runs to the start of the next day.
        to: search.to ? new Date(toUtcDay(search.to)!.getTime() + DAY_MS) : null,
        status: search.status,
        flagged: search.flagged === null ? null : search.flagged === 'yes',
        limit: 1000,
      })
    : [];
  // The one confirmation this page is sent back with, as a key and a count; anything else there is ignored.
  const done = query.done === 'invalidated' ? t('done.invalidated', { count: Number(query.count) || 0 }) : undefined;
  const error = typeof query.error === 'string' ? query.error : undefined;
  const searchString = new URLSearchParams(Object.entries(typed).filter(([, v]) => v)).toString();

  const field = (name: (typeof SEARCH_FIELDS)[number], label: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`search-${name}`}>{label}</label>
      <input
        id={`search-${name}`}
        name={name}
        type={type}
        defaultValue={typed[name]}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `search-${name}-error` : undefined}
      />
      {errors[name] ? (
        <p className="field-error" id={`search-${name}-error`}>
          {errors[name]}
        </p>
      ) : null}
    </div>
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
      {done ? (
        <p className="form-ok" role="status">
          {done}
        </p>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}

      <form method="get" className="admin-form" role="search" aria-label={t('petitions.searchLegend')}>
        <fieldset>
          <legend>{t('petitions.searchLegend')}</legend>
          {field('email', t('petitions.email'))}
          {field('domain', t('petitions.domain'))}
          {field('ipHash', t('petitions.ipHash'))}
          {field('from', t('petitions.from'), 'date')}
          {field('to', t('petitions.to'), 'date')}
          <div className="field">
            <label htmlFor="search-status">{t('petitions.signatureStatus')}</label>
            <select id="search-status" name="status" defaultValue={typed.status}>
              <option value="">{t('petitions.anyStatus')}</option>
              {signatureStatus.enumValues.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="search-flagged">{t('petitions.flagged')}</label>
            <select id="search-flagged" name="flagged" defaultValue={typed.flagged}>
              <option value="">{t('petitions.anyFlag')}</option>
              <option value="yes">{t('petitions.flaggedYes')}</option>
              <option value="no">{t('petitions.flaggedNo')}</option>
            </select>
          </div>
          <button type="submit">{t('petitions.search')}</button>
        </fieldset>
      </form>

      {search ? <p role="status">{t('petitions.results', { count: rows.length })}</p> : null}
      {search && rows.length > 0 ? (
        <form action={invalidateSignaturesAction.bind(null, petition.id, searchString)} className="admin-form">
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('petitions.select')}</th>
                <th scope="col">{t('petitions.when')}</th>
                <th scope="col">{t('petitions.name')}</th>
                <th scope="col">{t('petitions.email')}</th>
                <th scope="col">{t('fields.country')}</th>
                <th scope="col">{t('petitions.signatureStatus')}</th>
                <th scope="col">{t('petitions.flagged')}</th>
                <th scope="col">{t('petitions.ipHash')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <input type="checkbox" name="ids" value={r.id} aria-label={t('petitions.selectSignature', { email: r.email })} />
                  </td>
                  <td>
                    <UtcTime at={r.createdAt} />
                  </td>
                  <td>{r.name}</td>
                  <td>{r.email}</td>
                  <td>{countryName(r.country, locale)}</td>
                  <td>{r.status}</td>
                  <td>{r.flagged ? (r.flagReason ?? 'yes') : ''}</td>
                  <td>
                    {r.ipHash ? (
                      <Link href={`?${new URLSearchParams({ ipHash: r.ipHash })}`} title={r.ipHash}>
                        {r.ipHash.slice(0, 10)}…
                      </Link>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="field">
            <label htmlFor="invalidate-reason">{t('petitions.invalidateReason')}</label>
            <p className="hint" id="invalidate-hint">
              {t('petitions.invalidateHint')}
            </p>
            <input id="invalidate-reason" name="reason" type="text" defaultValue="invalidated by an organiser" aria-describedby="invalidate-hint" />
          </div>
          <button type="submit">{t('petitions.invalidate')}</button>
        </form>
      ) : search ? (
        <p>{t('petitions.noResults')}</p>
      ) : null}
    </>
  );
}
