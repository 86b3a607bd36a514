'use server';

import { notFound, redirect } from 'next/navigation';
import { db } from '@/db/client';
import { sendPreviews } from '@/lib/mail/preview';
import { headers } from 'next/headers';
import { mailboxOpenTo } from '@/lib/mail/settings';
import { fromLoopback } from '@/lib/security/client-ip';

export async function sendPreviewsAction() {
  // Only for this machine's own sockets (scripts/server.ts marks them), whatever a header says.
  if (!mailboxOpenTo(fromLoopback(await headers()))) notFound();
  const count = await sendPreviews(db());
  redirect(`/dev/mailbox?previews=${count}`);
}
