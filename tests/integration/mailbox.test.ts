import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { mailMailbox, mailMessages } from '@/db/schema';
import { searchMailbox } from '@/lib/mail/mailbox';
import { useTestDatabase } from '../support/database';

useTestDatabase();

/** Messages as the local transport stores them, one second apart (the last is the newest). */
async function deliver(list: { to: string; subject: string }[]) {
  const start = Date.now() - list.length * 1000;
  for (const [i, mail] of list.entries()) {
    const [message] = await db()
      .insert(mailMessages)
      .values({ template: 'picket-reminder', locale: 'en', to: mail.to, stream: 'transactional', from: 'Yntymaq <noreply@yntymaq.localhost>', status: 'sent' })
      .returning();
    await db()
      .insert(mailMailbox)
      .values({ messageId: message!.id, from: message!.from, to: mail.to, subject: mail.subject, html: '<p>x</p>', text: 'x', receivedAt: new Date(start + i * 1000) });
  }
}

describe('the local mailbox', () => {
  it('finds messages by address and by subject, ignoring case, and takes % and _ literally', async () => {
    await deliver([
      { to: 'dana@example.org', subject: 'Confirm your picket proposal: Berlin' },
      { to: 'erzhan_fan@example.org', subject: 'Reminder: Berlin, 100% turnout' },
      { to: 'dana@example.org', subject: 'Approved: Berlin' },
      { to: 'someone@example.net', subject: 'Approved: London' },
    ]);
    const subjects = async (search: Parameters<typeof searchMailbox>[0]) => (await searchMailbox(search)).messages.map((m) => m.subject);
    expect(await subjects({ address: 'DANA@' })).toEqual(['Approved: Berlin', 'Confirm your picket proposal: Berlin']);
    expect(await subjects({ subject: 'approved' })).toEqual(['Approved: London', 'Approved: Berlin']);
    expect(await subjects({ address: 'dana', subject: 'proposal' })).toEqual(['Confirm your picket proposal: Berlin']);
    // The sender's address matches too.
    expect((await searchMailbox({ address: 'noreply@yntymaq' })).total).toBe(4);
    expect(await subjects({ subject: '100%' })).toEqual(['Reminder: Berlin, 100% turnout']);
    expect(await subjects({ subject: '%' })).toEqual(['Reminder: Berlin, 100% turnout']);
    expect(await subjects({ address: 'n_fan' })).toEqual(['Reminder: Berlin, 100% turnout']);
    expect(await subjects({ address: 'a_a' })).toEqual([]);
    expect(await searchMailbox({ subject: 'nothing like this' })).toMatchObject({ total: 0, messages: [], page: 1, pages: 1 });
  });

  it('pages through every message, newest first, and a page past the end gives the last', async () => {
    await deliver(Array.from({ length: 25 }, (_, i) => ({ to: 'pages@example.org', subject: `Page test ${String(i).padStart(2, '0')}` })));
    const first = await searchMailbox({ address: 'pages@', pageSize: 10 });
    expect(first).toMatchObject({ total: 25, page: 1, pages: 3 });
    expect(first.messages.map((m) => m.subject)[0]).toBe('Page test 24');
    const third = await searchMailbox({ address: 'pages@', pageSize: 10, page: 3 });
    expect(third.messages.map((m) => m.subject)).toEqual(['Page test 04', 'Page test 03', 'Page test 02', 'Page test 01', 'Page test 00']);
    expect((await searchMailbox({ address: 'pages@', pageSize: 10, page: 99 })).page).toBe(3);
    expect((await searchMailbox({ address: 'pages@', pageSize: 10, page: -1 })).page).toBe(1);
    const all = await Promise.all([1, 2, 3].map((page) => searchMailbox({ address: 'pages@', pageSize: 10, page })));
    expect(new Set(all.flatMap((p) => p.messages.map((m) => m.id))).size).toBe(25);
  });
});
