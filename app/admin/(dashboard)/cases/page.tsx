import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/admin/data-table';
import { RecordForm } from '@/components/admin/record-form';
import { UtcTime } from '@/components/utc-time';
import { listCasesForEditing, sourceOptions } from '@/lib/cases/organise';
import { emptyValues, identityForm } from '@/lib/cases/organise-forms';
import { requireRole } from '@/lib/auth/session';
import { createCaseAction } from './actions';
import { adminTitle } from '@/app/admin/title';

export const generateMetadata = adminTitle('cases');

export default async function AdminCasesPage() {
  await requireRole('organiser');
  const t = await getTranslations('Admin');
  const [list, sources] = await Promise.all([listCasesForEditing(), sourceOptions()]);
  return (
    <>
      <h1>{t('cases.title')}</h1>
      <DataTable
        rows={list}
        rowKey={(c) => c.id}
        empty={t('cases.empty')}
        columns={[
          {
            header: t('fields.name'),
            cell: (c) => (
              <Link href={`/admin/cases/${c.id}`} aria-label={t('cases.edit', { name: c.name.en })}>
                {c.name.en}
              </Link>
            ),
          },
          { header: t('fields.slug'), cell: (c) => c.slug },
          { header: t('audit.what'), cell: (c) => (c.published ? t('cases.published') : t('cases.draft')) },
          { header: t('cases.updated'), cell: (c) => <UtcTime at={c.updatedAt} /> },
        ]}
      />
      <section aria-labelledby="new-case">
        <h2 id="new-case">{t('cases.new')}</h2>
        <RecordForm
          legend={t('cases.identity')}
          fields={identityForm.fields}
          action={createCaseAction}
          initial={emptyValues(identityForm.fields)}
          submitLabel={t('cases.create')}
          sourceOptions={sources}
        />
      </section>
    </>
  );
}
