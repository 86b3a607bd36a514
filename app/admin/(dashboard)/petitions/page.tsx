import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { RecordForm } from '@/components/admin/record-form';
import { listCasesForEditing } from '@/lib/cases/organise';
import { requireRole } from '@/lib/auth/session';
import { petitionFields } from '@/lib/petitions/organise-forms';
import { listPetitionsForOrganisers } from '@/lib/petitions/queries';
import { createPetitionAction } from './actions';
import { adminTitle } from '@/app/admin/title';

export const generateMetadata = adminTitle('petitions');

export default async function AdminPetitionsPage() {
  await requireRole('organiser');
  const [t, locale] = await Promise.all([getTranslations('Admin'), getLocale()]);
  const [list, cases] = await Promise.all([listPetitionsForOrganisers(), listCasesForEditing()]);
  const number = new Intl.NumberFormat(locale);
  return (
    <>
      <h1>{t('petitions.title')}</h1>
      <p>
        <Link href="/admin/petitions/blocks">{t('petitions.blocks')}</Link>
      </p>
      {list.length === 0 ? (
        <p>{t('petitions.empty')}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t('fields.title')}</th>
              <th scope="col">{t('petitions.status')}</th>
              <th scope="col">{t('petitions.online')}</th>
              <th scope="col">{t('petitions.paper')}</th>
              <th scope="col">{t('petitions.pending')}</th>
              <th scope="col">{t('petitions.flagged')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((p) => (
              <tr key={p.id}>
                <td>
                  <Link href={`/admin/petitions/${p.id}`} aria-label={t('petitions.edit', { title: p.title.en })}>
                    {p.title.en}
                  </Link>
                  {p.flaggedAt ? <p className="field-error">{t('petitions.alert', { reason: p.flagReason ?? '' })}</p> : null}
                </td>
                <td>{t(`petitions.statusName.${p.status}`)}</td>
                <td>{number.format(p.count)}</td>
                <td>{number.format(p.paper)}</td>
                <td>{number.format(p.pending)}</td>
                <td>{number.format(p.flaggedSignatures)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section aria-labelledby="new-petition">
        <h2 id="new-petition">{t('petitions.new')}</h2>
        <RecordForm
          legend={t('petitions.texts')}
          fields={petitionFields(cases.map((c) => ({ value: c.id, label: c.name.en })))}
          action={createPetitionAction}
          initial={{}}
          submitLabel={t('petitions.create')}
        />
      </section>
    </>
  );
}
