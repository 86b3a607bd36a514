import { randomBytes, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { cases, petitions, pickets, signatures } from '@/db/schema';
import { e2eDatabase } from '../support/e2e-database';
import { organiserWithSession, useSession } from './admin-support';
import { expect, expectAccessible, test } from './fixtures';

// The organiser's morning: the home page, a flagged petition cleared after a look at its
// signatures, a case edit read back in the audit log, a draft deleted, and the sign-in form skipped.

test.describe.configure({ timeout: 120_000 });

const unique = () => randomBytes(4).toString('hex');

/** A picket proposal whose proposer confirmed their address: it waits for an organiser. */
async function waitingProposal(title: string) {
  const { db, close } = e2eDatabase();
  try {
    const start = new Date(Date.now() + 30 * 86_400_000);
    const id = randomUUID();
    await db.insert(pickets).values({
      id,
      title,
      description: 'Outside the embassy, with the portraits.',
      country: 'DE',
      city: 'Berlin',
      venue: 'Embassy of Kazakhstan',
      address: 'Nordsternstraße 18, 10825 Berlin',
      startsAt: start,
      endsAt: new Date(start.getTime() + 7_200_000),
      timeZone: 'Europe/Berlin',
      organiserName: 'Aigerim',
      organiserEmail: `proposer-${unique()}@e2e.test`,
      locale: 'en',
      proposalTokenHash: `dashboard-${id}`,
      proposalConfirmedAt: new Date(),
    });
    return id;
  } finally {
    await close();
  }
}

/** An open petition that the hourly check flagged: five signatures in an hour from one IP hash. */
async function flaggedPetition(title: string) {
  const { db, close } = e2eDatabase();
  try {
    const ipHash = `e2e-${unique()}`;
    const [petition] = await db
      .insert(petitions)
      .values({
        slug: `flagged-${unique()}`,
        title: { en: title },
        target: { en: 'The Prosecutor General of Kazakhstan' },
        summary: { en: 'Summary' },
        body: { en: 'Body' },
        goal: 100,
        status: 'open',
        flaggedAt: new Date(),
        flagReason: `5 signatures in an hour from one IP hash (${ipHash})`,
        flagSourceKind: 'ip',
        flagSource: ipHash,
      })
      .returning();
    await db.insert(signatures).values(
      Array.from({ length: 5 }, (_, i) => {
        const email = `wave${i}-${unique()}@e2e.test`;
        return {
          id: randomUUID(),
          petitionId: petition!.id,
          name: `Signer ${i}`,
          email,
          canonicalEmail: email,
          emailDomain: 'e2e.test',
          country: 'DE',
          locale: 'en',
          ipHash,
          confirmTokenHash: randomUUID(),
          withdrawTokenHash: randomUUID(),
        };
      }),
    );
    return petition!.id;
  } finally {
    await close();
  }
}

test('the home page lists a waiting picket proposal and a flagged petition; the flag is cleared with a reason after a look at its signatures', async ({
  page,
  context,
  baseURL,
  foreignRequests,
}) => {
  const picketTitle = `Vigil for the oil workers ${unique()}`;
  const petitionTitle = `Free the striking drivers ${unique()}`;
  await waitingProposal(picketTitle);
  await flaggedPetition(petitionTitle);
  const organiser = await organiserWithSession('organiser');
  await useSession(context, baseURL!, organiser.sessionToken);

  await page.goto('/admin');
  const decide = page.getByRole('region', { name: 'Waiting for a decision' });
  await expect(decide.getByRole('region', { name: 'Picket proposals' }).getByRole('link', { name: picketTitle })).toBeVisible();
  const flagged = decide.getByRole('region', { name: 'Petitions flagged by the abuse check' });
  await expect(flagged.getByRole('row', { name: new RegExp(petitionTitle) })).toContainText('5 signatures in an hour from one IP hash');
  await expect(page.getByRole('region', { name: 'Running now' }).getByRole('region', { name: 'Open petitions' })).toContainText(petitionTitle);
  await expectAccessible(page);

  // The signatures behind the flag, then the clearing, which asks for a reason.
  await flagged.getByRole('link', { name: petitionTitle }).click();
  const flag = page.getByRole('region', { name: 'Flagged by the abuse check' });
  await flag.getByRole('link', { name: 'See the signatures behind the flag' }).click();
  await expect(page.getByRole('status')).toHaveText(/^5 signatures found/);
  await expect(page.getByRole('search').getByLabel('IP hash')).toHaveValue(/^e2e-/);
  await expectAccessible(page);
  await page.goBack();

  const clear = flag.getByRole('group', { name: 'Clear the flag' });
  await clear.getByRole('button', { name: 'Clear the flag' }).click();
  await expect(clear.getByLabel(/^Reason/)).toHaveAttribute('aria-invalid', 'true');
  await expect(clear.getByText('Required.')).toBeVisible();
  await expectAccessible(page);
  await clear.getByLabel(/^Reason/).fill('A union branch signed together from its office.');
  await clear.getByRole('button', { name: 'Clear the flag' }).click();
  await expect(page.getByRole('status')).toHaveText('Flag cleared.');
  await expect(page.getByRole('region', { name: 'Flagged by the abuse check' })).toHaveCount(0);

  await page.goto('/admin');
  await expect(page.getByRole('region', { name: 'Petitions flagged by the abuse check' })).not.toContainText(petitionTitle);
  await expect(page.getByRole('region', { name: 'Latest changes' })).toContainText(`${organiser.email} cleared the abuse flag on the petition “${petitionTitle}”`);
  expect(foreignRequests).toEqual([]);
});

test('the audit log says who edited which case, the fields before → after, and filters by person, kind and day', async ({ page, context, baseURL }) => {
  const organiser = await organiserWithSession('organiser');
  await useSession(context, baseURL!, organiser.sessionToken);
  const { db, close } = e2eDatabase();
  const [person] = await db.select({ id: cases.id, occupation: cases.occupation }).from(cases).where(eq(cases.slug, 'aron-atabek'));
  await close();
  const before = person!.occupation?.en ?? '';
  const after = `Writer and poet ${unique()}`;

  await page.goto(`/admin/cases/${person!.id}`);
  // The status history reads as the public site does, not in codes.
  const statuses = page.getByRole('region', { name: 'Status history' });
  await expect(statuses.locator('summary').first()).not.toHaveText(/pre_trial|imprisoned|paroled|Entry \d/);
  await expect(statuses.locator('summary').first()).toHaveText(/Imprisoned|Held before trial|Released|Restricted freedom|In exile|Died/);
  const identity = page.getByRole('region', { name: 'Identity and texts' });
  await identity.getByRole('group', { name: /^Occupation/ }).getByLabel('English').fill(after);
  await identity.getByRole('button', { name: 'Save' }).click();
  await expect(identity.getByRole('status')).toHaveText('Saved.');

  await page.goto('/admin/audit');
  const filters = page.getByRole('search', { name: 'Filter the log' });
  await filters.getByLabel('Person').selectOption(organiser.email);
  await filters.getByLabel('Kind of record').selectOption({ label: 'Cases' });
  const today = new Date().toISOString().slice(0, 10);
  await filters.getByLabel('From (UTC)').fill(today);
  await filters.getByLabel('Until (UTC)').fill(today);
  await filters.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/kind=cases/);
  const rows = page.getByRole('row').filter({ hasText: 'edited the case of Aron Atabek' });
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(`${organiser.email} edited the case of Aron Atabek`);
  await expect(rows).toContainText(`Occupation (English): ${before || '—'} → ${after}`);
  await expect(rows).not.toContainText('updatedAt');
  await expectAccessible(page);

  // Another kind of record: the case edit is not among them.
  await filters.getByLabel('Kind of record').selectOption({ label: 'Petitions' });
  await filters.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByText('No changes recorded.')).toBeVisible();
});

test('a draft update is deleted after a second step, and the log keeps what it was', async ({ page, context, baseURL }) => {
  const organiser = await organiserWithSession('organiser');
  await useSession(context, baseURL!, organiser.sessionToken);
  const title = `A draft to throw away ${unique()}`;
  await page.goto('/admin/updates');
  const form = page.getByRole('group', { name: 'Contents of the update' });
  await form.getByLabel('Case').selectOption({ label: 'The whole campaign' });
  await form.getByRole('group', { name: 'English' }).getByLabel('Title').fill(title);
  await form.getByRole('group', { name: 'English' }).getByLabel('Text').fill('Not for the world yet.');
  await form.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  const remove = page.getByRole('region', { name: 'Delete this draft' });
  await remove.getByRole('link', { name: 'Delete the draft' }).click();
  await expect(remove.getByRole('alert')).toHaveText(`Delete the draft “${title}”? This cannot be undone.`);
  await expectAccessible(page);
  await remove.getByRole('link', { name: 'Keep it' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await remove.getByRole('link', { name: 'Delete the draft' }).click();
  await remove.getByRole('button', { name: 'Yes, delete the draft' }).click();

  await expect(page).toHaveURL(/\/admin\/updates\?deleted=1$/);
  await expect(page.getByRole('status')).toHaveText('The draft was deleted.');
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
  await page.goto('/admin/audit?kind=case_updates');
  await expect(page.getByRole('row').filter({ hasText: `${organiser.email} deleted the draft update “${title}”` })).toHaveCount(1);
});

test('a signed-in organiser who opens the sign-in page is sent to the dashboard', async ({ page, context, baseURL }) => {
  const organiser = await organiserWithSession('organiser');
  await useSession(context, baseURL!, organiser.sessionToken);
  await page.goto('/admin/sign-in');
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('region', { name: 'Waiting for a decision' })).toBeVisible();
  await context.clearCookies();
  await page.goto('/admin/sign-in');
  await expect(page.getByRole('button', { name: 'Email me a sign-in link' })).toBeVisible();
});
