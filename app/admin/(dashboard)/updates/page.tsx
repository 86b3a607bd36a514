import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { UpdateEditor } from '@/components/admin/update-editor';
import { UtcTime } from '@/components/utc-time';
import { requireRole } from '@/lib/auth/session';
import { editorOptions, listUpdatesForEditing, valuesFromUpdate } from '@/lib/updates/queries';
import { saveUpdateAction } from './actions';
import { adminTitle } from '@/app/admin/title';

export const generateMetadata = adminTitle('updates');

export default async function AdminUpdatesPage() {
  await requireRole('organiser');
  const t = await getTranslations('Admin');
  const [list, options] = await Promise.all([
    listUpdatesForEditing(),
    editorOptions({
      campaign: t('updates.campaign'),
      noLink: t('updates.noLink'),
      petition: (title) => t('updates.petitionOption', { title }),
      picket: (picket) => t('updates.picketOption', picket),
    }),
  ]);
  return (
    <>
      <h1>{t('updates.title')}</h1>
      {list.length === 0 ? (
        <p>{t('updates.empty')}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t('updates.titleColumn')}</th>
              <th scope="col">{t('updates.case')}</th>
              <th scope="col">{t('updates.statusColumn')}</th>
              <th scope="col">{t('updates.whenColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((u) => (
              <tr key={u.id}>
                <td>
                  <Link href={`/admin/updates/${u.id}`}>{u.title.en}</Link>
                </td>
                <td>{u.caseName?.en ?? t('updates.campaign')}</td>
                <td>{t(`updates.states.${u.status}`)}</td>
                <td>{u.publishAt ? <UtcTime at={u.publishAt} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section aria-labelledby="new-update">
        <h2 id="new-update">{t('updates.new')}</h2>
        <UpdateEditor
          action={saveUpdateAction.bind(null, null)}
          initial={valuesFromUpdate(null)}
          caseOptions={options.caseOptions}
          linkOptions={options.linkOptions}
          submitLabel={t('updates.create')}
        />
      </section>
    </>
  );
}
