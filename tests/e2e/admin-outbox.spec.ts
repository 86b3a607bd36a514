import { eq } from 'drizzle-orm';
import { auditLog, mailMessages } from '@/db/schema';
import { e2eDatabase } from '../support/e2e-database';
import { organiserWithSession, useSession } from './admin-support';
import { expect, expectAccessible, test } from './fixtures';

test('an admin sees a failed message with its last error and sends it again', async ({ page, context, baseURL }) => {
  const admin = await organiserWithSession('admin');
  const to = `failed-${Date.now()}@example.org`;
  const { db, close } = e2eDatabase();
  const [message] = await db
    .insert(mailMessages)
    .values({ template: 'organiser-sign-in', locale: 'en', to, stream: 'transactional', from: 'Yntymaq <noreply@yntymaq.localhost>', status: 'failed', attempts: 3, lastError: '422 invalid_to_address (test)', props: { signInUrl: `${baseURL}/admin`, expiresInMinutes: 15 } })
    .returning();

  await useSession(context, baseURL!, admin.sessionToken);
  await page.goto('/admin/outbox?status=failed');
  const row = page.getByRole('row').filter({ hasText: to });
  await expect(row).toContainText('422 invalid_to_address (test)');
  await expectAccessible(page);
  await row.getByRole('button', { name: `Retry the message to ${to}` }).click();
  await expect(page.getByRole('row').filter({ hasText: to })).toHaveCount(0);

  const [after] = await db.select().from(mailMessages).where(eq(mailMessages.id, message!.id));
  expect(['queued', 'sent']).toContain(after!.status);
  const [entry] = await db.select().from(auditLog).where(eq(auditLog.entityId, message!.id));
  expect(entry).toMatchObject({ entity: 'mail_messages', action: 'update', actorEmail: admin.email });
  await close();
});
