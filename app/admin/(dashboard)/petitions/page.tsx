import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/admin/data-table';
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
      <DataTable
        rows={list}
        rowKey={(p) => p.id}
        empty={t('petitions.empty')}
        columns={[
          {
            header: t('fields.title'),
            cell: (p) => (
              <>
                <Link href={`/admin/petitions/${p.id}`} aria-label={t('petitions.edit', { title: p.title.en })}>
                  {p.title.en}
                </Link>
                {p.flaggedAt ? <p className="field-error">{t('petitions.alert', { reason: p.flagReason ?? '' })}</p> : null}
              </>
            ),
          },
          { header: t('petitions.status'), cell: (p) => t(`petitions.statusName.${p.status}`) },
          { header: t('petitions.online'), cell: (p) => number.format(p.count) },
          { header: t('petitions.paper'), cell: (p) => number.format(p.paper) },
          { header: t('petitions.pending'), cell: (p) => number.format(p.pending) },
          { header: t('petitions.flagged'), cell: (p) => number.format(p.flaggedSignatures) },
        ]}
      />
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
