import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { mailStatus, type MailStatus } from '@/db/schema';
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
      {messages.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t('created')}</th>
              <th scope="col">{t('to')}</th>
              <th scope="col">{t('template')}</th>
              <th scope="col">{t('attempts')}</th>
              <th scope="col">{t('lastError')}</th>
              {status === 'failed' ? (
                <th scope="col">
                  <span className="visually-hidden">{t('retry')}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {messages.map((m) => (
              <tr key={m.id}>
                <td>
                  <UtcTime at={m.createdAt} />
                </td>
                <td>{m.to}</td>
                <td>
                  {m.template} ({m.locale}){m.subject ? `: ${m.subject}` : ''}
                </td>
                <td>{m.attempts}</td>
                <td>{m.lastError}</td>
                {status === 'failed' ? (
                  <td>
                    <form action={retryMessageAction.bind(null, m.id)}>
                      <button type="submit" className="button button-secondary" aria-label={t('retryTo', { to: m.to })}>
                        {t('retry')}
                      </button>
                    </form>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
