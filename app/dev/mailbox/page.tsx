import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { listMailbox } from '@/lib/mail/mailbox';
import { headers } from 'next/headers';
import { mailboxOpenTo } from '@/lib/mail/settings';
import { fromLoopback } from '@/lib/security/client-ip';
import { sendPreviewsAction } from './actions';
import { UtcTime } from '@/components/utc-time';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Local mailbox', robots: { index: false, follow: false } };

export default async function MailboxPage({ searchParams }: { searchParams: Promise<{ previews?: string }> }) {
  // Only for this machine's own sockets (scripts/server.ts marks them), whatever a header says.
  if (!mailboxOpenTo(fromLoopback(await headers()))) notFound();
  const t = await getTranslations({ locale: 'en', namespace: 'Mailbox' });
  const messages = await listMailbox();
  const sent = Number((await searchParams).previews);
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <h2>{t('previews')}</h2>
      {sent > 0 ? <p role="status">{t('previewsSent', { count: sent })}</p> : null}
      <form action={sendPreviewsAction}>
        <button type="submit" className="button">
          {t('sendPreviews')}
        </button>
      </form>
      <p>{t('previewsCli')}</p>
      {messages.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('received')}</th>
              <th scope="col">{t('to')}</th>
              <th scope="col">{t('subject')}</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((m) => (
              <tr key={m.id}>
                <td>
                  <UtcTime at={m.receivedAt} />
                </td>
                <td>{m.to}</td>
                <td>
                  <Link href={`/dev/mailbox/${m.id}`}>{m.subject}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
