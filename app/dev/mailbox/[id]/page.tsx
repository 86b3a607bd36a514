import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { findMailboxMessage } from '@/lib/mail/mailbox';
import { headers } from 'next/headers';
import { mailboxOpenTo } from '@/lib/mail/settings';
import { fromLoopback } from '@/lib/security/client-ip';
import { MailView } from '../mail-view';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Local mailbox', robots: { index: false, follow: false } };

export default async function MailboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  // Only for this machine's own sockets (scripts/server.ts marks them), whatever a header says.
  if (!mailboxOpenTo(fromLoopback(await headers()))) notFound();
  const message = await findMailboxMessage((await params).id);
  if (!message) notFound();
  const t = await getTranslations({ locale: 'en', namespace: 'Mailbox' });
  return (
    <>
      <p>
        <Link href="/dev/mailbox">← {t('back')}</Link>
      </p>
      <MailView {...message} />
    </>
  );
}
