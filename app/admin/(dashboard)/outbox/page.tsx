import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { mailStatus, type MailStatus } from '@/db/schema';
import { DataTable } from '@/components/admin/data-table';
import { UtcTime } from '@/components/utc-time';
import { requireRole } from '@/lib/auth/session';
import { listOutbox, outboxCounts } from '@/lib/mail/outbox';
import { retryMessageAction } from './actions';
import { adminTitle } from '@/app/admin/title';

export const generateMetadata = adminTitle('outbox');

type Props = { searchParams: Promise<{ status?: string }> };

export default async function OutboxPage({ searchParams }: Props) {
  await requireRole('admin');
  const t = await getTranslations('Admin.outbox');
  const asked = (await searchParams).status;
  const status: MailStatus = (mailStatus.enumValues as readonly string[]).includes(asked ?? '') ? (asked as MailStatus) : 'failed';
  const [messages, counts] = await Promise.all([listOutbox({ status, limit: 200 }), outboxCounts()]);
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <nav aria-label={t('status')}>
        <ul className="admin-nav-inline">
          {mailStatus.enumValues.map((s) => (
            <li key={s}>
              <Link href={`/admin/outbox?status=${s}`} aria-current={s === status ? 'page' : undefined}>
                {t(`states.${s}`)} ({counts[s]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2>
        {t(`states.${status}`)} ({counts[status]})
      </h2>
      <DataTable
        rows={messages}
        rowKey={(m) => m.id}
        empty={t('empty')}
        columns={[
          { header: t('created'), cell: (m) => <UtcTime at={m.createdAt} /> },
          { header: t('to'), cell: (m) => m.to },
          { header: t('template'), cell: (m) => `${m.template} (${m.locale})${m.subject ? `: ${m.subject}` : ''}` },
          { header: t('attempts'), cell: (m) => m.attempts },
          { header: t('lastError'), cell: (m) => m.lastError },
          ...(status === 'failed'
            ? [
                {
                  header: <span className="visually-hidden">{t('retry')}</span>,
                  cell: (m: (typeof messages)[number]) => (
                    <form action={retryMessageAction.bind(null, m.id)}>
                      <button type="submit" className="button button-secondary" aria-label={t('retryTo', { to: m.to })}>
                        {t('retry')}
                      </button>
                    </form>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
