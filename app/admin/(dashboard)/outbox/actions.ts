'use server';

import { revalidatePath } from 'next/cache';
import { retryMessage } from '@/lib/mail/organise';
import { requireRole } from '@/lib/auth/session';

// Every action checks the role first, on the server, before reading its input; ids bound to an
// action come back from the browser and may be forged, so the domain functions check them.

export async function retryMessageAction(messageId: string): Promise<void> {
  const actor = await requireRole('admin');
  await retryMessage(actor, messageId);
  revalidatePath('/admin/outbox');
}
