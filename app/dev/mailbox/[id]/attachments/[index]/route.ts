import { headers } from 'next/headers';
import { attachmentResponse, findMailboxAttachment } from '@/lib/mail/mailbox';
import { mailboxOpenTo } from '@/lib/mail/settings';
import { fromLoopback } from '@/lib/security/client-ip';

export const dynamic = 'force-dynamic';

/** A file attached to a message in the local mailbox, for a person to open as its recipient would. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; index: string }> }) {
  // Only for this machine's own sockets (scripts/server.ts marks them), whatever a header says.
  if (!mailboxOpenTo(fromLoopback(await headers()))) return new Response('Not found\n', { status: 404 });
  const { id, index } = await params;
  const file = await findMailboxAttachment(id, index);
  return file ? attachmentResponse(file) : new Response('Not found\n', { status: 404 });
}
