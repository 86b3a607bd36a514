import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, mailMessages, sessions, signInAttempts, verificationTokens } from '@/db/schema';
import { inviteOrganiser, revokeOrganiser } from '@/lib/auth/organise';
import { actorForUser, activeOrganiser } from '@/lib/auth/queries';
import { allowSignInAttempt, SIGN_IN_LIMITS } from '@/lib/auth/rate-limit';
import { requestSignIn } from '@/lib/auth/sign-in';
import { sendSignInLink, signInLink } from '@/lib/auth/mail';
import { LOCAL_ADMIN_EMAIL } from '@/lib/auth/admins';
import { closeProducer } from '@/lib/mail/queue';
import { useTestDatabase } from '../support/database';
import { makeActor, organiserByEmail } from '../support/organisers';

useTestDatabase();
const secret = 'test-secret-test-secret-test-secret-1234';

afterAll(closeProducer);

beforeAll(() => {
  process.env.ADMIN_EMAILS = 'first.admin@example.org';
  process.env.AUTH_SECRET = secret;
});

describe('who may sign in', () => {
  it('lets an address from ADMIN_EMAILS in as admin, creating its row on first use', async () => {
    const organiser = await activeOrganiser('First.Admin@example.org');
    expect(organiser).toMatchObject({ email: 'first.admin@example.org', role: 'admin', revokedAt: null });
    expect((await activeOrganiser('first.admin@example.org'))?.id).toBe(organiser?.id);
  });

  it('sends a link to an active organiser only, and answers the same for anyone else', async () => {
    const sent: string[] = [];
    const send = async (email: string) => void sent.push(email);
    const admin = await makeActor('admin');
    await inviteOrganiser(admin, { email: 'invited@example.org', role: 'organiser' });

    expect(await requestSignIn('Invited@Example.org', '10.0.0.1', secret, send)).toBe('sent');
    expect(await requestSignIn('stranger@example.org', '10.0.0.1', secret, send)).toBe('sent');
    expect(sent).toEqual(['invited@example.org']);
  });

  it(`rate-limits sign-in requests: ${SIGN_IN_LIMITS.perEmail} per address, ${SIGN_IN_LIMITS.perIp} per IP`, async () => {
    const send = async () => {};
    const outcomes = [];
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail + 1; i++) outcomes.push(await requestSignIn('busy@example.org', `10.1.0.${i}`, secret, send));
    expect(outcomes.slice(0, SIGN_IN_LIMITS.perEmail).every((o) => o === 'sent')).toBe(true);
    expect(outcomes.at(-1)).toBe('rate-limited');

    for (let i = 0; i < SIGN_IN_LIMITS.perIp; i++) await requestSignIn(`person${i}@example.org`, '10.2.0.1', secret, send);
    expect(await requestSignIn('someone-else@example.org', '10.2.0.1', secret, send)).toBe('rate-limited');
    expect(await requestSignIn('someone-else@example.org', '10.2.0.2', secret, send)).toBe('sent');
  });

  it('never stores an IP address, only a keyed hash of it', async () => {
    const keys = (await db().select({ key: signInAttempts.key }).from(signInAttempts)).map((r) => r.key);
    expect(keys.some((k) => k.includes('10.2.0.1'))).toBe(false);
    expect(keys.some((k) => /^ip:[0-9a-f]{64}$/.test(k))).toBe(true);
  });
});

describe('the sign-in mail', () => {
  it('goes through the mail pipeline as deliverable, even to the zero-config admin', async () => {
    const url = signInLink('t0ken', LOCAL_ADMIN_EMAIL);
    expect(url).toMatch(/\/admin\/sign-in\/confirm\?token=t0ken&email=admin%40yntymaq.localhost$/);
    await sendSignInLink(LOCAL_ADMIN_EMAIL, url);
    const [message] = await db().select().from(mailMessages).where(eq(mailMessages.to, LOCAL_ADMIN_EMAIL));
    expect(message).toMatchObject({ template: 'organiser-sign-in', status: 'queued', props: { signInUrl: url, expiresInMinutes: 15 } });
  });
});

describe('inviting and revoking', () => {
  it('records who invited whom in the audit log', async () => {
    const admin = await makeActor('admin');
    expect(await inviteOrganiser(admin, { email: 'new.one@example.org', role: 'organiser' })).toEqual({ ok: true });
    const row = await organiserByEmail('new.one@example.org');
    expect(row).toMatchObject({ role: 'organiser', invitedBy: admin.organiserId, revokedAt: null });
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.entityId, row!.id));
    expect(entry).toMatchObject({ action: 'create', entity: 'organisers', actorEmail: admin.email });
  });

  it('refuses to invite an address twice', async () => {
    const admin = await makeActor('admin');
    await inviteOrganiser(admin, { email: 'twice@example.org', role: 'organiser' });
    expect(await inviteOrganiser(admin, { email: 'twice@example.org', role: 'admin' })).toMatchObject({ ok: false });
  });

  it('ends a revoked organiser’s sessions and unused links at once', async () => {
    const admin = await makeActor('admin');
    const organiser = await makeActor('organiser');
    await db().insert(sessions).values({ sessionToken: 'token-of-revoked', userId: organiser.userId, expires: new Date(Date.now() + 86_400_000) });
    await db().insert(verificationTokens).values({ identifier: organiser.email, token: 'hash', expires: new Date(Date.now() + 60_000) });
    expect(await actorForUser(organiser.userId)).toMatchObject({ role: 'organiser' });

    expect(await revokeOrganiser(admin, organiser.organiserId)).toEqual({ ok: true });
    expect(await db().select().from(sessions).where(eq(sessions.userId, organiser.userId))).toEqual([]);
    expect(await db().select().from(verificationTokens).where(eq(verificationTokens.identifier, organiser.email))).toEqual([]);
    expect(await actorForUser(organiser.userId)).toBeNull();
    expect(await activeOrganiser(organiser.email)).toBeNull();
  });

  it('does not let an admin revoke themselves or an ADMIN_EMAILS admin', async () => {
    const admin = await makeActor('admin');
    expect(await revokeOrganiser(admin, admin.organiserId)).toMatchObject({ ok: false });
    const first = (await activeOrganiser('first.admin@example.org'))!;
    expect(await revokeOrganiser(admin, first.id)).toMatchObject({ ok: false });
  });

  it('reinstates a revoked organiser who is invited again', async () => {
    const admin = await makeActor('admin');
    const organiser = await makeActor('organiser');
    await revokeOrganiser(admin, organiser.organiserId);
    expect(await inviteOrganiser(admin, { email: organiser.email, role: 'admin' })).toEqual({ ok: true });
    expect(await actorForUser(organiser.userId)).toMatchObject({ role: 'admin' });
  });
});

describe('a stranger cannot lock an organiser out', () => {
  it('refused requests do not extend the window, the IP limit carries the abuse, and a link already sent stays usable', async () => {
    const admin = await makeActor('admin');
    await inviteOrganiser(admin, { email: 'target@example.org', role: 'organiser' });
    // The organiser's link from an earlier request, as Auth.js stored it.
    await db().insert(verificationTokens).values({ identifier: 'target@example.org', token: 'hash-of-an-earlier-link', expires: new Date(Date.now() + 10 * 60_000) });
    const sent: string[] = [];
    const send = async (email: string) => void sent.push(email);

    const start = new Date();
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    // A stranger asks for the organiser's address from one IP, once a minute for 14 minutes.
    const stranger = [];
    for (let m = 0; m < 14; m++) stranger.push(await allowSignInAttempt('target@example.org', '203.0.113.66', secret, at(m)));
    expect(stranger.filter(Boolean)).toHaveLength(SIGN_IN_LIMITS.perEmail);
    // The five let through were at minutes 0–4; the nine refused since (5–13) count for nothing, so
    // the first place is free again at minute 15, not 15 minutes after the stranger stops.
    expect(await allowSignInAttempt('target@example.org', '198.51.100.5', secret, at(14.5))).toBe(false);
    expect(await allowSignInAttempt('target@example.org', '198.51.100.5', secret, at(15.5))).toBe(true);

    // The IP limit carries the abuse: an address that keeps asking is refused by its own IP,
    // and its refusals use up nobody's address.
    for (let i = 0; i < SIGN_IN_LIMITS.perIp * 2; i++) await allowSignInAttempt(`other${i}@example.org`, '203.0.113.77', secret, at(20));
    expect(await allowSignInAttempt('third-party@example.org', '203.0.113.77', secret, at(20))).toBe(false);
    expect(await allowSignInAttempt('third-party@example.org', '198.51.100.9', secret, at(20))).toBe(true);

    // Refused requests send nothing and leave the link already sent as it was.
    await inviteOrganiser(admin, { email: 'target2@example.org', role: 'organiser' });
    await db().insert(verificationTokens).values({ identifier: 'target2@example.org', token: 'hash-of-an-earlier-link', expires: new Date(Date.now() + 10 * 60_000) });
    const outcomes = [];
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail + 3; i++) outcomes.push(await requestSignIn('target2@example.org', '203.0.113.88', secret, send));
    expect(outcomes.filter((o) => o === 'rate-limited')).toHaveLength(3);
    expect(sent.filter((e) => e === 'target2@example.org')).toHaveLength(SIGN_IN_LIMITS.perEmail);
    const tokens = await db().select().from(verificationTokens).where(eq(verificationTokens.identifier, 'target2@example.org'));
    expect(tokens.map((t) => t.token)).toContain('hash-of-an-earlier-link');
  });
});
