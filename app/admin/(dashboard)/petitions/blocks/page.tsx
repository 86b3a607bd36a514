import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/admin/data-table';
import { RecordForm } from '@/components/admin/record-form';
import { UtcTime } from '@/components/utc-time';
import { requireRole } from '@/lib/auth/session';
import { listBlocks } from '@/lib/petitions/blocks';
import { blockFields } from '@/lib/petitions/organise-forms';
import { addBlockAction, removeBlockAction } from './actions';
import { adminTitle } from '@/app/admin/title';

export const generateMetadata = adminTitle('blocks');

export default async function AdminBlocksPage() {
  await requireRole('organiser');
  const t = await getTranslations('Admin');
  const blocks = await listBlocks();
  return (
    <>
      <p>
        <Link href="/admin/petitions">{t('petitions.title')}</Link>
      </p>
      <h1>{t('petitions.blocks')}</h1>
      <p>{t('petitions.blocksIntro')}</p>
      <DataTable
        rows={blocks}
        rowKey={(b) => b.id}
        empty={t('petitions.blocksEmpty')}
        columns={[
          { header: t('petitions.blockKind'), cell: (b) => t(`options.${b.kind}`) },
          { header: t('petitions.blockValue'), cell: (b) => b.value },
          { header: t('petitions.blockNote'), cell: (b) => b.note },
          { header: t('petitions.paperWhen'), cell: (b) => <UtcTime at={b.createdAt} /> },
          {
            header: <span className="visually-hidden">{t('petitions.blockRemove', { value: '' })}</span>,
            cell: (b) => (
              <form action={removeBlockAction.bind(null, b.id)}>
                <button type="submit" className="button button-secondary">
                  {t('petitions.blockRemove', { value: b.value })}
                </button>
              </form>
            ),
          },
        ]}
      />
      <RecordForm legend={t('petitions.blockAdd')} fields={blockFields} action={addBlockAction} initial={{ kind: 'domain' }} submitLabel={t('petitions.blockAdd')} />
    </>
  );
}
