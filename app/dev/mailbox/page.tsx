import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { searchMailbox } from '@/lib/mail/mailbox';
import { headers } from 'next/headers';
import { mailboxOpenTo } from '@/lib/mail/settings';
import { fromLoopback } from '@/lib/security/client-ip';
import { sendPreviewsAction } from './actions';
import { UtcTime } from '@/components/utc-time';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Local mailbox', robots: { index: false, follow: false } };

type Query = { previews?: string; address?: string; subject?: string; page?: string };

const one = (v: unknown) => (typeof v === 'string' ? v.slice(0, 200) : '');

export default async function MailboxPage({ searchParams }: { searchParams: Promise<Query> }) {
  // Only for this machine's own sockets (scripts/server.ts marks them), whatever a header says.
  if (!mailboxOpenTo(fromLoopback(await headers()))) notFound();
  const t = await getTranslations({ locale: 'en', namespace: 'Mailbox' });
  const query = await searchParams;
  const address = one(query.address).trim();
  const subject = one(query.subject).trim();
  const result = await searchMailbox({ address, subject, page: Number(one(query.page)) || 1 });
  const sent = Number(query.previews);
  const searching = address !== '' || subject !== '';
  /** The same search on another page; the search stays in the URL, so a link or reload keeps it. */
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    if (address) params.set('address', address);
    if (subject) params.set('subject', subject);
    if (page > 1) params.set('page', String(page));
    const q = params.toString();
    return q ? `/dev/mailbox?${q}` : '/dev/mailbox';
  };
  const first = (result.page - 1) * result.pageSize + 1;
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
      <form method="get" action="/dev/mailbox" role="search" aria-label={t('search')} className="filters">
        <div className="field">
          <label htmlFor="mailbox-address">{t('address')}</label>
          <input id="mailbox-address" name="address" type="search" maxLength={200} defaultValue={address} />
        </div>
        <div className="field">
          <label htmlFor="mailbox-subject">{t('subjectContains')}</label>
          <input id="mailbox-subject" name="subject" type="search" maxLength={200} defaultValue={subject} />
        </div>
        <button type="submit" className="button">
          {t('searchButton')}
        </button>
        {searching ? <Link href="/dev/mailbox">{t('showAll')}</Link> : null}
      </form>
      {result.total === 0 ? (
        <p role="status">{searching ? t('noMatch') : t('empty')}</p>
      ) : (
        <>
          <p>{t('showing', { first, last: first + result.messages.length - 1, total: result.total })}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('received')}</th>
                <th scope="col">{t('to')}</th>
                <th scope="col">{t('subject')}</th>
              </tr>
            </thead>
            <tbody>
              {result.messages.map((m) => (
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
          {result.pages > 1 ? (
            <nav aria-label={t('pages')}>
              <p>
                {result.page > 1 ? <Link href={pageHref(result.page - 1)}>{t('newer')}</Link> : null}
                {result.page > 1 && result.page < result.pages ? ' · ' : null}
                {result.page < result.pages ? <Link href={pageHref(result.page + 1)}>{t('older')}</Link> : null}
              </p>
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}
