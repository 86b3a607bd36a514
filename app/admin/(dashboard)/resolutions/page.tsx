import { getLocale, getTranslations } from 'next-intl/server';
import { adminTitle } from '@/app/admin/title';
import { AddressNotice } from '@/components/admin/address-notice';
import { RecordForm } from '@/components/admin/record-form';
import { UtcTime } from '@/components/utc-time';
import { requireRole } from '@/lib/auth/session';
import { countryName } from '@/lib/countries';
import { listForReview } from '@/lib/resolutions/organise';
import { approveResolutionAction, rejectResolutionAction } from './actions';

export const generateMetadata = adminTitle('resolutions');

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Resolutions to verify (the contact is shown here, to organisers only), and those decided. */
export default async function AdminResolutionsPage({ searchParams }: Props) {
  await requireRole('organiser');
  const query = await searchParams;
  const [t, locale] = await Promise.all([getTranslations('Admin'), getLocale()]);
  const list = await listForReview();
  const number = new Intl.NumberFormat(locale);
  return (
    <>
      <h1>{t('resolutions.title')}</h1>
      <p>{t('resolutions.intro')}</p>
      <AddressNotice query={query} />
      {list.length === 0 ? <p>{t('resolutions.empty')}</p> : null}
      {list.map((r) => (
        <section key={r.id} aria-label={r.organisation} className="admin-card">
          <h2>{r.organisation}</h2>
          <p>
            <strong>{t(`resolutions.${r.status}`)}</strong> · {countryName(r.country, locale)} · {t('fields.passedOn')}: {r.passedOn}
            {r.members ? ` · ${t('fields.members')}: ${number.format(r.members)}` : ''} · <UtcTime at={r.createdAt} />
          </p>
          <p>
            {t('resolutions.contact')}: {r.contactName} &lt;{r.contactEmail}&gt;
          </p>
          {r.cases.length ? (
            <p>
              {t('resolutions.cases')}: {r.cases.join(', ')}
            </p>
          ) : null}
          {r.body ? <blockquote style={{ whiteSpace: 'pre-line' }}>{r.body}</blockquote> : null}
          {r.pdfPath ? (
            <p>
              <a href={`/api/resolutions/${r.id}/pdf`}>{t('resolutions.pdf')}</a>
            </p>
          ) : null}
          {r.rejectionReason ? <p>{t('resolutions.reason', { reason: r.rejectionReason })}</p> : null}
          {r.status === 'submitted' ? (
            <>
              <form action={approveResolutionAction.bind(null, r.id)}>
                <button type="submit">{t('resolutions.approve', { organisation: r.organisation })}</button>
              </form>
              <RecordForm
                legend={t('resolutions.rejectLegend')}
                fields={[{ name: 'reason', kind: 'textarea', required: true }]}
                action={rejectResolutionAction.bind(null, r.id)}
                initial={{}}
                submitLabel={t('resolutions.reject')}
              />
            </>
          ) : null}
        </section>
      ))}
    </>
  );
}
