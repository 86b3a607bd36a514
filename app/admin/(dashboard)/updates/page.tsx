import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/admin/data-table';
import { UpdateEditor } from '@/components/admin/update-editor';
import { UtcTime } from '@/components/utc-time';
import { requireRole } from '@/lib/auth/session';
import { editorOptions, listUpdatesForEditing, valuesFromUpdate } from '@/lib/updates/queries';
import { saveUpdateAction } from './actions';
import { adminTitle } from '@/app/admin/title';

export const generateMetadata = adminTitle('updates');

type Props = { searchParams: Promise<{ deleted?: string }> };

export default async function AdminUpdatesPage({ searchParams }: Props) {
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
  const { deleted } = await searchParams;
  return (
    <>
      <h1>{t('updates.title')}</h1>
      {deleted ? (
        <p className="form-ok" role="status">
          {t('updates.deleted')}
        </p>
      ) : null}
      <DataTable
        rows={list}
        rowKey={(u) => u.id}
        empty={t('updates.empty')}
        columns={[
          { header: t('updates.titleColumn'), cell: (u) => <Link href={`/admin/updates/${u.id}`}>{u.title.en}</Link> },
          { header: t('updates.case'), cell: (u) => u.caseName?.en ?? t('updates.campaign') },
          { header: t('updates.statusColumn'), cell: (u) => t(`updates.states.${u.status}`) },
          { header: t('updates.whenColumn'), cell: (u) => (u.publishAt ? <UtcTime at={u.publishAt} /> : null) },
        ]}
      />
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
