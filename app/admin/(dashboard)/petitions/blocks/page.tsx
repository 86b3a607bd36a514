import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
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
      {blocks.length === 0 ? (
        <p>{t('petitions.blocksEmpty')}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t('petitions.blockKind')}</th>
              <th scope="col">{t('petitions.blockValue')}</th>
              <th scope="col">{t('petitions.blockNote')}</th>
              <th scope="col">{t('petitions.paperWhen')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('petitions.blockRemove', { value: '' })}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {blocks.map((b) => (
              <tr key={b.id}>
                <td>{t(`options.${b.kind}`)}</td>
                <td>{b.value}</td>
                <td>{b.note}</td>
                <td>
                  <UtcTime at={b.createdAt} />
                </td>
                <td>
                  <form action={removeBlockAction.bind(null, b.id)}>
                    <button type="submit" className="button button-secondary">
                      {t('petitions.blockRemove', { value: b.value })}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <RecordForm legend={t('petitions.blockAdd')} fields={blockFields} action={addBlockAction} initial={{ kind: 'domain' }} submitLabel={t('petitions.blockAdd')} />
    </>
  );
}
