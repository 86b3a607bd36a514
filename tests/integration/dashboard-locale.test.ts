import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { mailMessages } from '@/db/schema';
import { inviteSchema } from '@/lib/auth/forms';
import { sendSignInLink, signInLink } from '@/lib/auth/mail';
import { inviteOrganiser, saveOrganiserLocale } from '@/lib/auth/organise';
import { actorForUser } from '@/lib/auth/queries';
import { closeProducer } from '@/lib/mail/queue';
import { useTestDatabase } from '../support/database';
import { makeActor, organiserByEmail } from '../support/organisers';

useTestDatabase();
afterAll(closeProducer);

describe("an organiser's language", () => {
  it('is kept on their record and comes with them as the signed-in actor', async () => {
    const actor = await makeActor('organiser');
    expect((await actorForUser(actor.userId))?.locale).toBeNull();
    await saveOrganiserLocale(actor, 'kk');
    expect((await actorForUser(actor.userId))?.locale).toBe('kk');
  });

  it('can be given when an admin invites them, and only as one of our languages', async () => {
    const admin = await makeActor('admin');
    const input = inviteSchema.parse({ email: 'ru.organiser@example.org', role: 'organiser', locale: 'ru' });
    expect(await inviteOrganiser(admin, input)).toEqual({ ok: true });
    expect(await organiserByEmail('ru.organiser@example.org')).toMatchObject({ locale: 'ru' });
    expect(inviteSchema.safeParse({ email: 'x@example.org', role: 'organiser', locale: 'de' }).success).toBe(false);
  });

  it('is the language the sign-in mail is queued in', async () => {
    await sendSignInLink('kk.organiser@example.org', signInLink('t0ken', 'kk.organiser@example.org'), 'kk');
    const [message] = await db().select().from(mailMessages).where(eq(mailMessages.to, 'kk.organiser@example.org'));
    expect(message).toMatchObject({ template: 'organiser-sign-in', locale: 'kk' });
  });
});
