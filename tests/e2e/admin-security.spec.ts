import { randomUUID } from 'node:crypto';
import { and, count, eq, inArray, ne, or } from 'drizzle-orm';
import {
  auditLog,
  cases,
  caseUpdates,
  caseStatuses,
  embassies,
  letterActions,
  letterOffices,
  organisers,
  paperCounts,
  petitions,
  pickets,
  resolutions,
  sessions,
  signatureBlocks,
  signatures,
  sources,
} from '@/db/schema';
import { e2eDatabase } from '../support/e2e-database';
import { actionBody, actionPath, appRoutes, FORM, organiserWithSession, serverActions, SESSION_COOKIE, useSession, type TestOrganiser } from './admin-support';
import { expect, test } from './fixtures';

// The security walk: every dashboard page and every dashboard server action, as nobody, with a
// forged session cookie, with an expired one, and as an organiser where admin is needed. Each is
// refused and changes nothing. Routes and actions come from the build's manifests, so a screen
// or action added later is walked too (and must be classified below).

const PUBLIC_PAGES = ['/admin/sign-in', '/admin/sign-in/confirm'];
const ADMIN_PAGES = ['/admin/organisers', '/admin/outbox'];
// The language switcher is on the sign-in page too; it writes an organiser's record only when signed in.
const PUBLIC_ACTIONS = ['requestSignInLink', 'signOutOfDashboard', 'chooseDashboardLanguage'];
const ADMIN_ACTIONS = ['inviteOrganiserAction', 'revokeOrganiserAction', 'retryMessageAction'];

// In order, in one worker: the walk compares the database before and after, and one test here
// (the control) does change the case.
// The walk grows with every screen and action, and a shared machine can be slow: give it room.
test.describe.configure({ mode: 'default', timeout: 120_000 });

type Fixture = {
  caseId: string;
  statusId: string;
  petitionId: string;
  blockId: string;
  signatureId: string;
  picketId: string;
  updateId: string;
  letterActionId: string;
  resolutionId: string;
  flaggedPetitionId: string;
  organiser: TestOrganiser;
  admin: TestOrganiser;
  expired: TestOrganiser;
};
let f: Fixture;

test.beforeAll(async () => {
  const { db, close } = e2eDatabase();
  try {
    // The walk counts audit entries on this case, so specs that run beside it edit other cases.
    const [person] = await db.select().from(cases).where(eq(cases.slug, 'nurbek-kushakbayev'));
    const [status] = await db.select().from(caseStatuses).where(eq(caseStatuses.caseId, person!.id)).limit(1);
    const [petition] = await db.select().from(petitions).where(eq(petitions.slug, 'zhanaozen-inquiry'));
    const [block] = await db.insert(signatureBlocks).values({ kind: 'domain', value: 'walked-block.example' }).onConflictDoNothing().returning();
    const [signature] = await db
      .select({ id: signatures.id })
      .from(signatures)
      .where(and(eq(signatures.petitionId, petition!.id), eq(signatures.flagged, false)))
      .limit(1);
    // A confirmed proposal, waiting for review: what the picket actions would approve, reject or edit.
    const picketId = randomUUID();
    const start = new Date(Date.now() + 40 * 86_400_000);
    await db.insert(pickets).values({
      id: picketId,
      title: 'Walked picket',
      description: 'A proposal the security walk must leave as it is.',
      country: 'GB',
      city: 'London',
      venue: 'Embassy',
      address: '125 Pall Mall, London SW1Y 5EA',
      startsAt: start,
      endsAt: new Date(start.getTime() + 3_600_000),
      timeZone: 'Europe/London',
      organiserName: 'Walker',
      organiserEmail: 'walker@e2e.test',
      locale: 'en',
      proposalTokenHash: `walk-${picketId}`,
      proposalConfirmedAt: new Date(),
    });
    // A draft update, for the update screen and the actions on it.
    const [update] = await db
      .insert(caseUpdates)
      .values({ caseId: person!.id, title: { en: 'Security walk draft' }, body: { en: 'Draft.' }, createdBy: 'e2e' })
      .returning();
    // A draft letter action and a resolution waiting for review: what the letters and resolutions actions would change.
    const [letterAction] = await db
      .insert(letterActions)
      .values({ slug: `walked-letters-${randomUUID().slice(0, 8)}`, title: { en: 'Walked letters' }, ask: { en: 'X' }, letter: { en: 'X' }, toEmbassy: true, mode: 'digest' })
      .returning();
    const [resolution] = await db
      .insert(resolutions)
      .values({ organisation: 'Walked union', country: 'GB', passedOn: '2026-11-01', body: 'Walked.', contactName: 'Walker', contactEmail: 'walker@e2e.test', locale: 'en' })
      .returning();
    // A petition the abuse check flagged: what clearing the flag would change.
    const [flagged] = await db
      .insert(petitions)
      .values({
        slug: `walked-flag-${picketId.slice(0, 8)}`,
        title: { en: 'Walked flagged petition' },
        target: { en: 'X' },
        summary: { en: 'X' },
        body: { en: 'X' },
        goal: 10,
        flaggedAt: new Date(),
        flagReason: 'walked',
      })
      .returning();
    f = {
      letterActionId: letterAction!.id,
      resolutionId: resolution!.id,
      picketId,
      flaggedPetitionId: flagged!.id,
      signatureId: signature?.id ?? petition!.id,
      caseId: person!.id,
      statusId: status!.id,
      petitionId: petition!.id,
      blockId: block?.id ?? (await db.select().from(signatureBlocks).where(eq(signatureBlocks.value, 'walked-block.example')))[0]!.id,
      updateId: update!.id,
      organiser: await organiserWithSession('organiser'),
      admin: await organiserWithSession('admin'),
      expired: await organiserWithSession('admin', { expired: true }),
    };
  } finally {
    await close();
  }
});

/** What the walked actions would change if they ran: the case, its statuses, the admin, new rows they would add. */
async function snapshot() {
  const { db, close } = e2eDatabase();
  try {
    const [person] = await db.select({ slug: cases.slug, updatedAt: cases.updatedAt, photo: cases.photoPath }).from(cases).where(eq(cases.id, f.caseId));
    const statuses = await db.select({ id: caseStatuses.id }).from(caseStatuses).where(eq(caseStatuses.caseId, f.caseId));
    const [update] = await db.select({ status: caseUpdates.status, updatedAt: caseUpdates.updatedAt }).from(caseUpdates).where(eq(caseUpdates.id, f.updateId));
    const [admin] = await db.select({ revokedAt: organisers.revokedAt }).from(organisers).where(eq(organisers.id, f.admin.organiserId));
    const forgedCases = await db.select({ id: cases.id }).from(cases).where(eq(cases.slug, 'forged-case'));
    const forgedSources = await db.select({ id: sources.id }).from(sources).where(eq(sources.title, 'Forged'));
    const intruders = await db.select({ id: organisers.id }).from(organisers).where(eq(organisers.email, 'intruder@e2e.test'));
    const audit = await db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(
        // Changes only: an organiser may export a petition's signatures (a GET the walk makes), and
        // that export is on record by design.
        and(
          ne(auditLog.action, 'export'),
          or(
            eq(auditLog.caseId, f.caseId),
            eq(auditLog.entityId, f.admin.organiserId),
            eq(auditLog.entityId, f.statusId),
            eq(auditLog.entityId, f.petitionId),
            eq(auditLog.entityId, f.blockId),
            eq(auditLog.entityId, f.signatureId),
            eq(auditLog.entityId, f.picketId),
            eq(auditLog.entityId, f.updateId),
            eq(auditLog.entityId, f.flaggedPetitionId),
            eq(auditLog.entityId, f.letterActionId),
            eq(auditLog.entityId, f.resolutionId),
          ),
        ),
      );
    const [petition] = await db
      .select({ slug: petitions.slug, status: petitions.status, updatedAt: petitions.updatedAt, deliveredAt: petitions.deliveredAt })
      .from(petitions)
      .where(eq(petitions.id, f.petitionId));
    const [flaggedPetition] = await db.select({ flaggedAt: petitions.flaggedAt }).from(petitions).where(eq(petitions.id, f.flaggedPetitionId));
    const [paper] = await db.select({ n: count() }).from(paperCounts).where(eq(paperCounts.petitionId, f.petitionId));
    const [flagged] = await db.select({ n: count() }).from(signatures).where(and(eq(signatures.petitionId, f.petitionId), eq(signatures.flagged, true)));
    // Only the walk's own: other tests edit the block lists meanwhile.
    const blocks = await db
      .select({ value: signatureBlocks.value })
      .from(signatureBlocks)
      .where(inArray(signatureBlocks.value, ['walked-block.example', 'forged-block.example']))
      .orderBy(signatureBlocks.value);
    const [picket] = await db.select({ status: pickets.status, sequence: pickets.sequence, updatedAt: pickets.updatedAt }).from(pickets).where(eq(pickets.id, f.picketId));
    const forgedEmbassies = await db.select({ id: embassies.id }).from(embassies).where(eq(embassies.name, 'Forged'));
    const forgedPetitions = await db.select({ id: petitions.id }).from(petitions).where(eq(petitions.slug, 'forged-petition'));
    const forgedLetters = await db.select({ id: letterActions.id }).from(letterActions).where(eq(letterActions.slug, 'forged-letters'));
    const forgedOffices = await db.select({ id: letterOffices.id }).from(letterOffices).where(eq(letterOffices.slug, 'forged-office'));
    const [letterAction] = await db
      .select({ status: letterActions.status, updatedAt: letterActions.updatedAt, slug: letterActions.slug })
      .from(letterActions)
      .where(eq(letterActions.id, f.letterActionId));
    const [resolution] = await db.select({ status: resolutions.status }).from(resolutions).where(eq(resolutions.id, f.resolutionId));
    return {
      person,
      update,
      statuses: statuses.length,
      admin,
      added: forgedCases.length + forgedSources.length + intruders.length + forgedPetitions.length + forgedEmbassies.length + forgedLetters.length + forgedOffices.length,
      letterAction,
      resolution,
      picket,
      audit: audit.length,
      petition,
      flaggedPetition,
      paper: paper!.n,
      flagged: flagged!.n,
      blocks: blocks.map((b) => b.value),
    };
  } finally {
    await close();
  }
}

const dashboardPages = () =>
  appRoutes()
    .filter((r) => r.startsWith('/admin') && !PUBLIC_PAGES.includes(r))
    .map((r) =>
      r.replace(
        '[id]',
        r.startsWith('/admin/petitions/')
          ? f.petitionId
          : r.startsWith('/admin/pickets/')
            ? f.picketId
            : r.startsWith('/admin/updates/')
              ? f.updateId
              : r.startsWith('/admin/letters/')
                ? f.letterActionId
                : f.caseId,
      ),
    );

const dashboardActions = () => serverActions().filter((a) => a.file.startsWith('app/admin/'));

const petitionForm = { 'title.en': 'X', 'target.en': 'X', 'summary.en': 'X', 'body.en': 'X', goal: '5' };

/** Arguments that would change something if the action ran. */
function argsFor(name: string): FormData {
  const status = { status: 'released', sincePrecision: 'day', asOf: '2031-01-01', confirmed: 'on' };
  switch (name) {
    case 'saveRecordAction':
      return actionBody(['statuses', f.caseId, null, null, FORM], status);
    case 'deleteRecordAction':
      return actionBody(['statuses', f.caseId, f.statusId]);
    case 'updateCaseAction':
      return actionBody([f.caseId, null, FORM], { slug: 'hijacked', 'name.en': 'X', 'summary.en': 'X', 'biography.en': 'X', photoConsent: 'none' });
    case 'createCaseAction':
      return actionBody([null, FORM], { slug: 'forged-case', 'name.en': 'X', 'summary.en': 'X', 'biography.en': 'X', photoConsent: 'none' });
    case 'inviteOrganiserAction':
      return actionBody([null, FORM], { email: 'intruder@e2e.test', role: 'admin' });
    case 'revokeOrganiserAction':
      return actionBody([f.admin.organiserId]);
    case 'uploadPhotoAction':
      return actionBody([f.caseId, null, FORM]);
    case 'approvePicketAction':
      return actionBody([f.picketId]);
    case 'rejectPicketAction':
    case 'cancelPicketAction':
      return actionBody([f.picketId, FORM], { reason: 'Forged', note: 'Forged' });
    case 'updatePicketAction':
      return actionBody([f.picketId, null, FORM], { title: 'Hijacked' });
    case 'saveEmbassyAction':
      return actionBody([null, null, FORM], { kind: 'embassy', name: 'Forged', city: 'X', country: 'GB', address: 'X', lat: '1', lon: '1', sourceUrl: 'https://example.org', checkedOn: '2026-01-01' });
    case 'retryMessageAction':
      return actionBody([f.statusId]);
    case 'saveSourceAction':
      return actionBody([null, null, FORM], { title: 'Forged', publisher: 'Forged' });
    case 'createPetitionAction':
      return actionBody([null, FORM], { ...petitionForm, slug: 'forged-petition' });
    case 'updatePetitionAction':
      return actionBody([f.petitionId, null, FORM], { ...petitionForm, slug: 'hijacked-petition' });
    case 'openPetitionAction':
    case 'closePetitionAction':
      return actionBody([f.petitionId]);
    case 'markDeliveredAction':
      return actionBody([f.petitionId, null, FORM], { deliveredOn: '2030-01-01', deliveredTo: 'Forged', deliveredCount: '1' });
    case 'addPaperCountAction':
      return actionBody([f.petitionId, null, FORM], { count: '5' });
    case 'invalidateSignaturesAction':
      return actionBody([f.petitionId, '', FORM], { ids: f.signatureId, reason: 'forged' });
    case 'addBlockAction':
      return actionBody([null, FORM], { kind: 'domain', value: 'forged-block.example' });
    case 'removeBlockAction':
      return actionBody([f.blockId]);
    case 'saveUpdateAction':
      return actionBody([f.updateId, null, FORM], { case: 'campaign', 'title.en': 'Hijacked', 'body.en': 'X' });
    case 'publishUpdateAction':
      return actionBody([f.updateId, null, FORM], { when: 'now' });
    case 'clearPetitionFlagAction':
      return actionBody([f.flaggedPetitionId, null, FORM], { reason: 'forged' });
    case 'unscheduleUpdateAction':
    case 'sendTestUpdateAction':
    case 'deleteDraftUpdateAction':
      return actionBody([f.updateId]);
    case 'createLetterActionAction':
      return actionBody([null, FORM], { slug: 'forged-letters', 'title.en': 'X', 'ask.en': 'X', 'letter.en': 'Dear Sir or Madam, this is a forged letter action of some length.', toEmbassy: 'on', mode: 'each', perHour: '5' });
    case 'updateLetterActionAction':
      return actionBody([f.letterActionId, null, FORM], { slug: 'hijacked-letters', 'title.en': 'X', 'ask.en': 'X', 'letter.en': 'Dear Sir or Madam, this is a forged letter action of some length.', toEmbassy: 'on', mode: 'each', perHour: '5' });
    case 'openLetterActionAction':
    case 'closeLetterActionAction':
    case 'sendDigestNowAction':
      return actionBody([f.letterActionId]);
    case 'resumeTargetAction':
      return actionBody([f.letterActionId, 'office', f.letterActionId]);
    case 'markLettersDeliveredAction':
      return actionBody([f.letterActionId, null, FORM], { target: `office:${f.letterActionId}`, deliveredOn: '2030-01-01', deliveryNote: 'Forged' });
    case 'saveOfficeAction':
      return actionBody([null, null, FORM], { slug: 'forged-office', 'name.en': 'Forged', sourceUrl: 'https://example.org' });
    case 'approveResolutionAction':
      return actionBody([f.resolutionId]);
    case 'rejectResolutionAction':
      return actionBody([f.resolutionId, null, FORM], { reason: 'Forged' });
    default:
      return actionBody([null, FORM], {});
  }
}

test('the only dashboard actions open to anyone are signing in and out', () => {
  expect(dashboardPages().length).toBeGreaterThanOrEqual(6);
  const open = dashboardActions().filter((a) => a.file === 'app/admin/sign-in/actions.ts');
  expect(open.map((a) => a.name).sort()).toEqual([...PUBLIC_ACTIONS].sort());
});

const visitors = {
  anonymous: () => undefined,
  'a forged session cookie': () => 'f0'.repeat(32),
  'an expired session': () => f.expired.sessionToken,
};

for (const [who, token] of Object.entries(visitors)) {
  test(`with ${who}, every dashboard page redirects to sign-in and every action is refused, changing nothing`, async ({ playwright, baseURL }) => {
    const before = await snapshot();
    const cookie = token();
    const request = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { Origin: baseURL!, ...(cookie ? { Cookie: `${SESSION_COOKIE}=${cookie}` } : {}) },
    });
    for (const path of dashboardPages()) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(307);
      expect(response.headers().location, path).toMatch(/\/admin\/sign-in$/);
    }
    for (const action of dashboardActions()) {
      if (PUBLIC_ACTIONS.includes(action.name)) continue;
      const response = await request.post(actionPath(action), { headers: { 'Next-Action': action.id }, multipart: argsFor(action.name), maxRedirects: 0 });
      expect(response.headers()['x-action-redirect'], action.name).toMatch(/^\/admin\/sign-in/);
    }
    await request.dispose();
    expect(await snapshot()).toEqual(before);
  });
}

test('an organiser cannot reach admin screens or run admin actions', async ({ playwright, baseURL, page, context }) => {
  const before = await snapshot();
  const request = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Origin: baseURL!, Cookie: `${SESSION_COOKIE}=${f.organiser.sessionToken}` },
  });
  for (const path of dashboardPages()) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(ADMIN_PAGES.includes(path) ? 403 : 200);
  }
  for (const action of dashboardActions().filter((a) => ADMIN_ACTIONS.includes(a.name))) {
    const response = await request.post(actionPath(action), { headers: { 'Next-Action': action.id }, multipart: argsFor(action.name), maxRedirects: 0 });
    // forbidden() in a server action answers with Next's 403 fallback in the action's payload, and
    // with the status (posted to its own page, the call is not forwarded, which would lose it).
    expect(await response.text(), action.name).toContain('NEXT_HTTP_ERROR_FALLBACK;403');
    expect(response.status(), action.name).toBe(403);
  }
  await request.dispose();
  expect(await snapshot()).toEqual(before);

  await useSession(context, baseURL!, f.organiser.sessionToken);
  await page.goto('/admin');
  await expect(page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Organisers' })).toHaveCount(0);
  await page.goto('/admin/organisers');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not allowed');
});

test('the walk is not vacuous: the same action call as an admin does change the case', async ({ playwright, baseURL }) => {
  const before = await snapshot();
  const request = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Origin: baseURL!, Cookie: `${SESSION_COOKIE}=${f.admin.sessionToken}` },
  });
  const save = serverActions().find((a) => a.name === 'saveRecordAction')!;
  const response = await request.post(actionPath(save), { headers: { 'Next-Action': save.id }, multipart: argsFor('saveRecordAction'), maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('"ok":true');
  await request.dispose();
  const after = await snapshot();
  expect(after.statuses).toBe(before.statuses + 1);
  expect(after.audit).toBe(before.audit + 1);
});

test('a server action from another site is refused', async ({ playwright, baseURL }) => {
  const before = await snapshot();
  const request = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Origin: 'https://attacker.example', Cookie: `${SESSION_COOKIE}=${f.admin.sessionToken}` },
  });
  const save = serverActions().find((a) => a.name === 'saveRecordAction')!;
  const response = await request.post(actionPath(save), { headers: { 'Next-Action': save.id }, multipart: argsFor('saveRecordAction'), maxRedirects: 0 });
  expect(response.ok()).toBe(false);
  const callback = await request.post('/api/auth/callback/email?token=x&email=admin%40e2e.test', { maxRedirects: 0 });
  expect(callback.status()).toBe(403);
  await request.dispose();
  expect(await snapshot()).toEqual(before);
});

test('revoking an organiser ends their session at once', async ({ browser, baseURL }) => {
  const target = await organiserWithSession('organiser');
  const theirs = await browser.newContext();
  await useSession(theirs, baseURL!, target.sessionToken);
  const theirPage = await theirs.newPage();
  await theirPage.goto('/admin/cases');
  await expect(theirPage.getByRole('heading', { level: 1 })).toHaveText('Cases');

  const ours = await browser.newContext();
  await useSession(ours, baseURL!, f.admin.sessionToken);
  const adminPage = await ours.newPage();
  await adminPage.goto('/admin/organisers');
  await adminPage.getByRole('button', { name: `Revoke ${target.email}` }).click();
  await expect(adminPage.getByRole('row', { name: new RegExp(target.email) })).toContainText('revoked');

  await theirPage.reload();
  await expect(theirPage).toHaveURL(/\/admin\/sign-in$/);
  const { db, close } = e2eDatabase();
  expect(await db.select().from(sessions).where(eq(sessions.userId, target.userId))).toEqual([]);
  await close();
  await theirs.close();
  await ours.close();
});

test('every response carries the security headers; only /embed/ may be framed', async ({ request }) => {
  for (const path of ['/en', '/admin/sign-in', '/api/auth/callback/email', '/media/none.jpg', '/icon.svg']) {
    const response = await request.get(path, { maxRedirects: 0 });
    const h = response.headers();
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['referrer-policy'], path).toBe('same-origin');
    expect(h['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(h['content-security-policy'], path).not.toContain('unsafe-eval');
  }
  const embed = await request.get('/embed/anything', { maxRedirects: 0 });
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(embed.headers()['x-frame-options']).toBeUndefined();
});
