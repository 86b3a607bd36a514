'use server';

import { notFound, redirect } from 'next/navigation';
import { db } from '@/db/client';
import { sendPreviews } from '@/lib/mail/preview';
import { mailboxEnabled } from '@/lib/mail/settings';

export async function sendPreviewsAction() {
  if (!mailboxEnabled()) notFound();
  const count = await sendPreviews(db());
  redirect(`/dev/mailbox?previews=${count}`);
}
