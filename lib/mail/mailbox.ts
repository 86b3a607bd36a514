import { and, desc, eq, ilike, or, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { mailMailbox, type MailAttachment, type MailboxRow } from '@/db/schema';

export type MailboxSummary = Pick<MailboxRow, 'id' | 'from' | 'to' | 'subject' | 'receivedAt'>;

/** As many as the mailbox showed before it had pages, so a test looking for its mail among others' still finds it on the first. */
export const MAILBOX_PAGE_SIZE = 200;
const QUERY_MAX = 200;

export type MailboxSearch = { address?: string; subject?: string; page?: number; pageSize?: number };
export type MailboxPage = { messages: MailboxSummary[]; total: number; page: number; pages: number; pageSize: number };

/** `text` as a LIKE pattern that matches it anywhere, literally (a typed % or _ is no wildcard). */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * One page of the mailbox, newest first: messages to or from an address containing `address`,
 * whose subject contains `subject` (both ignoring case), with the total for paging. A page past
 * the last gives the last.
 */
export async function searchMailbox(search: MailboxSearch = {}): Promise<MailboxPage> {
  const pageSize = search.pageSize ?? MAILBOX_PAGE_SIZE;
  const address = search.address?.trim().slice(0, QUERY_MAX);
  const subject = search.subject?.trim().slice(0, QUERY_MAX);
  const where = and(
    address ? or(ilike(mailMailbox.to, containing(address)), ilike(mailMailbox.from, containing(address))) : undefined,
    subject ? ilike(mailMailbox.subject, containing(subject)) : undefined,
  );
  const [count] = await db().select({ n: sql<number>`count(*)::int` }).from(mailMailbox).where(where);
  const total = count?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(search.page ?? 1) || 1), pages);
  const messages = await db()
    .select({ id: mailMailbox.id, from: mailMailbox.from, to: mailMailbox.to, subject: mailMailbox.subject, receivedAt: mailMailbox.receivedAt })
    .from(mailMailbox)
    .where(where)
    .orderBy(desc(mailMailbox.receivedAt), desc(mailMailbox.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { messages, total, page, pages, pageSize };
}

export async function findMailboxMessage(id: string): Promise<MailboxRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db().select().from(mailMailbox).where(eq(mailMailbox.id, id));
  return row ?? null;
}

/** One file of a message in the mailbox, by its place in the message (0 is the first). */
export async function findMailboxAttachment(id: string, index: string): Promise<MailAttachment | null> {
  if (!/^\d{1,3}$/.test(index)) return null;
  const message = await findMailboxMessage(id);
  return message?.attachments[Number(index)] ?? null;
}

/**
 * An attached file as the mailbox serves it, to open in the browser: plain text shown as text (in
 * a sandbox, never sniffed into HTML), anything else only as a download.
 */
export function attachmentResponse(file: MailAttachment): Response {
  const text = /^text\/plain\b/i.test(file.contentType);
  const ascii = file.filename.replace(/[^A-Za-z0-9._-]/g, '_');
  return new Response(file.content, {
    headers: {
      'Content-Type': text ? 'text/plain; charset=utf-8' : 'application/octet-stream',
      'Content-Disposition': `${text ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
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
