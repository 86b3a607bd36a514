import { desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { mailMailbox, type MailboxRow } from '@/db/schema';

export type MailboxSummary = Pick<MailboxRow, 'id' | 'from' | 'to' | 'subject' | 'receivedAt'>;

/** What the local mailbox received, newest first. */
export async function listMailbox(limit = 200): Promise<MailboxSummary[]> {
  return db()
    .select({ id: mailMailbox.id, from: mailMailbox.from, to: mailMailbox.to, subject: mailMailbox.subject, receivedAt: mailMailbox.receivedAt })
    .from(mailMailbox)
    .orderBy(desc(mailMailbox.receivedAt), desc(mailMailbox.id))
    .limit(limit);
}

export async function findMailboxMessage(id: string): Promise<MailboxRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db().select().from(mailMailbox).where(eq(mailMailbox.id, id));
  return row ?? null;
}

/**
 * Mail HTML made safe to show in a sandboxed iframe: links open in the top window (so a
 * confirmation link really confirms), and nothing in the message may run scripts or load from
 * elsewhere than it says.
 */
export function mailboxDocument(html: string): string {
  const policy = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src * data:; style-src 'unsafe-inline'; font-src * data:">`;
  const base = '<base target="_top">';
  return /<head[^>]*>/i.test(html) ? html.replace(/<head([^>]*)>/i, `<head$1>${policy}${base}`) : `${policy}${base}${html}`;
}
