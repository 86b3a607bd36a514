import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
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
      {list.length === 0 ? (
        <p>{t('cases.empty')}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t('fields.name')}</th>
              <th scope="col">{t('fields.slug')}</th>
              <th scope="col">{t('audit.what')}</th>
              <th scope="col">{t('cases.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link href={`/admin/cases/${c.id}`} aria-label={t('cases.edit', { name: c.name.en })}>
                    {c.name.en}
                  </Link>
                </td>
                <td>{c.slug}</td>
                <td>{c.published ? t('cases.published') : t('cases.draft')}</td>
                <td>
                  <UtcTime at={c.updatedAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
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
