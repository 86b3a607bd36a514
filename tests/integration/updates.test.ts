import { randomBytes } from 'node:crypto';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { caseUpdates, mailMessages, pageTagExpiries, petitions, pickets, subscribers, subscriptions, updateRecipients, type PicketStatus } from '@/db/schema';
import { closeProducer } from '@/lib/mail/queue';
import { resendTransport } from '@/lib/mail/transport';
import { unsubscribe, unsubscribeToken } from '@/lib/mail/unsubscribe';
import { startMailWorker } from '@/lib/mail/worker';
import { readPreferences } from '@/lib/subscriptions/preferences';
import { subscribe, UPDATES_LIST_ID } from '@/lib/subscriptions/subscribe';
import { atomFeed } from '@/lib/updates/atom';
import { fanOutUpdate, sendProgress } from '@/lib/updates/fanout';
import { renderMarkdown } from '@/lib/updates/markdown';
import { publishUpdate, saveUpdate, sendTestUpdate } from '@/lib/updates/organise';
import { editorOptions, valuesFromUpdate } from '@/lib/updates/queries';
import { listPublishedUpdates } from '@/lib/updates/queries';
import { renderMail } from '@/lib/mail/render';
import { aDraftUpdate, aPublishedUpdate, aSubscriber, caseIdOf, uniqueEmail, updateForm, updateMessages } from '../support/builders';
import { makeActor } from '../support/organisers';
import { startResendServer } from '../support/resend-server';
import { useTestDatabase } from '../support/database';

const database = useTestDatabase({ seed: true });
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
  await db().execute(sql`delete from pgboss.job where name in ('mail-delivery', 'case-update-fanout')`).catch(() => {});
});
afterAll(closeProducer);

const FEED_LABELS = { petition: (title: string) => `Sign: ${title}`, picket: (title: string) => `Come to: ${title}` };

const SITE = 'http://localhost:3000';

/**
 * Starts a mail worker against a test Resend server (both stopped after the test) and gives it up to
 * 20 s to send the update's queued mails; the server, to read what it received.
 */
async function deliverThroughWorker(id: string) {
  const resend = await startResendServer();
  cleanups.push(() => resend.close());
  const stop = await startMailWorker(database.url(), {
    transport: resendTransport('re_test_key', resend.url),
    concurrency: 2,
    ratePerSecond: 50,
    jobTimeoutSeconds: 6,
    retryDelaySeconds: 1,
    pollingIntervalSeconds: 0.5,
    log: () => {},
  });
  cleanups.push(stop);
  const end = Date.now() + 20_000;
  while (Date.now() < end && (await sendProgress(id)).queued > 0) await new Promise((r) => setTimeout(r, 100));
  return resend;
}

describe('publishing', () => {
  it('refuses an update without text, half a translation, a missing petition and a time in the past', async () => {
    const actor = await makeActor();
    const empty = await saveUpdate(actor, null, updateForm({ case: 'campaign' }));
    expect(empty).toMatchObject({ ok: false, errors: { 'title.en': { key: 'writeUpdate' } } });
    expect(await saveUpdate(actor, null, updateForm({ case: 'campaign', 'title.en': 'T', 'body.en': 'B', 'title.ru': 'Т' }))).toMatchObject({
      ok: false,
      errors: { 'body.ru': { key: 'titleAndText' } },
      values: { 'title.ru': 'Т' },
    });
    expect(await saveUpdate(actor, null, updateForm({ case: 'campaign', 'title.en': 'T', 'body.en': 'B', link: `petition:${crypto.randomUUID()}` }))).toMatchObject({
      ok: false,
      errors: { link: { key: 'linkedPetitionGone' } },
    });
    expect(await saveUpdate(actor, null, updateForm({ case: 'campaign', 'title.en': 'T', 'body.en': 'B', link: 'picket:nonsense' }))).toMatchObject({ ok: false, errors: { link: { key: 'chooseLink' } } });
    expect(await saveUpdate(actor, null, updateForm({ case: 'not-an-id', 'title.en': 'T', 'body.en': 'B' }))).toMatchObject({ ok: false, errors: { case: { key: 'chooseUpdateCase' } } });

    const id = await aDraftUpdate(actor, { case: 'campaign', 'title.en': 'Scheduled', 'body.en': 'Later.' });
    expect(await publishUpdate(actor, id, { when: 'schedule', publishAt: '2020-01-01T10:00' })).toMatchObject({ ok: false, errors: { publishAt: { key: 'publishAtPassed' } } });
    expect(await publishUpdate(actor, id, { when: 'schedule', publishAt: 'tomorrow' })).toMatchObject({ ok: false, errors: { publishAt: { key: 'dateTime' } } });
    const future = new Date(Date.now() + 3_600_000).toISOString().slice(0, 16);
    expect(await publishUpdate(actor, id, { when: 'schedule', publishAt: future })).toMatchObject({ ok: true });
    expect((await db().select().from(caseUpdates).where(eq(caseUpdates.id, id)))[0]!.status).toBe('scheduled');
    // Not due yet: the job finds it early and sends nothing; it stays off the public pages.
    expect(await fanOutUpdate(id)).toMatchObject({ status: 'not_due' });
    expect((await listPublishedUpdates()).map((u) => u.id)).not.toContain(id);

    // Once due, the worker publishes it and expires every cached page showing updates, in every web
    // process (it serves no request, so through the table they follow).
    await db().update(caseUpdates).set({ publishAt: new Date(Date.now() - 1_000) }).where(eq(caseUpdates.id, id));
    const published = new Date();
    await fanOutUpdate(id);
    expect((await listPublishedUpdates()).map((u) => u.id)).toContain(id);
    const [expiry] = await db().select().from(pageTagExpiries).where(eq(pageTagExpiries.tag, 'updates'));
    expect(expiry?.expiredAt?.getTime()).toBeGreaterThanOrEqual(published.getTime() - 1_000);
  });

  it('sends the organiser a test in each language the update is written in, as transactional mail', async () => {
    const actor = await makeActor();
    const id = await aDraftUpdate(actor, { case: 'campaign', 'title.en': 'Test me', 'body.en': 'Text.', 'title.kk': 'Сынақ', 'body.kk': 'Мәтін.' });
    const [update] = await db().select().from(caseUpdates).where(eq(caseUpdates.id, id));
    expect(await sendTestUpdate(actor, update!)).toBe(2);
    const mails = await db().select().from(mailMessages).where(eq(mailMessages.to, actor.email));
    expect(mails.map((m) => [m.template, m.locale, m.stream, m.props.title]).sort()).toEqual([
      ['case-update', 'en', 'transactional', 'Test me'],
      ['case-update', 'kk', 'transactional', 'Сынақ'],
    ]);
    expect((await db().select().from(caseUpdates).where(eq(caseUpdates.id, id)))[0]!.status).toBe('draft');
  });

  it('removes script tags, event handlers and javascript: links from the page, the mail and the feed', async () => {
    const html = renderMarkdown(
      'Hi <script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n[click](javascript:alert(1)) [tab](java\tscript:alert(2)) <a href="https://e.org" onclick="x()">a</a> ![t](https://tracker.example/p.gif) [ok](https://example.org/a)',
      SITE,
    );
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<img/i);
    expect(html).toContain('<a href="https://example.org/a" rel="nofollow noopener">ok</a>');

    const email = uniqueEmail();
    await aSubscriber(email, 'all');
    const id = await aPublishedUpdate({ case: 'campaign', 'title.en': 'Sanitised <b>title</b>', 'body.en': 'Body <script>alert(1)</script> [x](javascript:alert(1)) <p onmouseover="x">p</p>' });
    await fanOutUpdate(id);
    const [mail] = (await updateMessages(id)).filter((m) => m.to === email);
    expect(String(mail!.props.bodyHtml)).not.toMatch(/<script|onmouseover|javascript:/i);
    const feed = atomFeed({ id: 'urn:test', title: 'T', selfUrl: `${SITE}/f`, pageUrl: SITE, siteUrl: SITE, locale: 'en', author: 'Y', updates: await listPublishedUpdates(), labels: FEED_LABELS });
    const content = [...new DOMParser().parseFromString(feed, 'application/xml').getElementsByTagName('content')].map((c) => c.textContent).join('\n');
    expect(content).not.toMatch(/<script|onmouseover|javascript:/i);
  });
});

describe('delivery', () => {
  it('queues one mail per subscriber even when subscribed to the case and to every case, each in their language', async () => {
    const both = uniqueEmail('both');
    const ru = uniqueEmail('ru');
    const kk = uniqueEmail('kk');
    const other = uniqueEmail('other');
    await aSubscriber(both, 'amin-yeleusinov', 'en');
    await aSubscriber(both, 'all', 'en');
    await aSubscriber(ru, 'amin-yeleusinov', 'ru');
    await aSubscriber(kk, 'all', 'kk');
    await aSubscriber(other, 'aron-atabek', 'ru');

    const id = await aPublishedUpdate({
      case: await caseIdOf('amin-yeleusinov'),
      'title.en': 'Moved to another colony',
      'body.en': 'He was **moved**.',
      'title.ru': 'Этапирован в другую колонию',
      'body.ru': 'Его **этапировали**.',
    });
    const report = await fanOutUpdate(id);
    expect(report.status).toBe('done');
    const mails = await updateMessages(id);
    const mine = mails.filter((m) => [both, ru, kk, other].includes(m.to));
    expect(mine.map((m) => m.to).sort()).toEqual([both, kk, ru].sort());
    const byTo = new Map(mine.map((m) => [m.to, m]));
    expect(byTo.get(ru)!.props).toMatchObject({ title: 'Этапирован в другую колонию', fallback: false });
    expect(byTo.get(ru)!.locale).toBe('ru');
    // Not written in Kazakh: the English text, in a Kazakh mail that says so.
    expect(byTo.get(kk)!.locale).toBe('kk');
    expect(byTo.get(kk)!.props).toMatchObject({ title: 'Moved to another colony', fallback: true, contentLocale: 'en' });
    expect(byTo.get(both)!.headers['List-Unsubscribe']).toMatch(/\/api\/unsubscribe\?token=/);
    expect(byTo.get(both)!.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');

    // Running the job again (a duplicate or a retry) queues nothing more.
    await db().update(caseUpdates).set({ fanoutCursor: null, fanoutFinishedAt: null }).where(eq(caseUpdates.id, id));
    await fanOutUpdate(id);
    expect(await updateMessages(id)).toHaveLength(mails.length);
  });

  it('resumes a fan-out killed mid-way without queueing anyone twice', async () => {
    const emails = Array.from({ length: 230 }, (_, i) => uniqueEmail(`many${i}`));
    const [{ id: allCases }] = [{ id: null }];
    const rows = await db()
      .insert(subscribers)
      .values(emails.map((email) => ({ email, canonicalEmail: email, locale: 'en' })))
      .returning({ id: subscribers.id });
    await db().insert(subscriptions).values(rows.map((r) => ({ subscriberId: r.id, caseId: allCases, status: 'confirmed' as const, confirmedAt: new Date() })));
    const id = await aPublishedUpdate({ case: 'campaign', 'title.en': 'Restart test', 'body.en': 'Text.' });

    await expect(
      fanOutUpdate(id, {
        pageSize: 50,
        afterPage: (page) => {
          if (page === 2) throw new Error('worker killed');
        },
      }),
    ).rejects.toThrow('worker killed');
    const partial = await updateMessages(id);
    expect(partial.length).toBe(100);

    await fanOutUpdate(id, { pageSize: 50 });
    const all = await updateMessages(id);
    const mine = all.filter((m) => emails.includes(m.to));
    expect(mine).toHaveLength(230);
    expect(new Set(mine.map((m) => m.to)).size).toBe(230);
    const [recipients] = await db().select({ n: sql<number>`count(*)::int` }).from(updateRecipients).where(eq(updateRecipients.updateId, id));
    expect(recipients!.n).toBe(all.length);
  });

  it('never delivers to someone who unsubscribes while the send is running, and reports the progress', async () => {
    const stays = uniqueEmail('stays');
    const leaves = uniqueEmail('leaves');
    await aSubscriber(stays, 'all', 'ru');
    await aSubscriber(leaves, 'all', 'en');
    const id = await aPublishedUpdate({ case: 'campaign', 'title.en': 'Mid-send', 'body.en': 'Text.' });
    await fanOutUpdate(id);
    expect((await updateMessages(id)).find((m) => m.to === leaves)?.status).toBe('queued');

    // The one-click unsubscribe, after the mail was queued and before the worker sends it.
    const token = unsubscribeToken({ email: leaves, listId: UPDATES_LIST_ID, locale: 'en' });
    expect(await unsubscribe(token)).toMatchObject({ ok: true });

    const resend = await deliverThroughWorker(id);

    const progress = await sendProgress(id);
    expect(progress).toMatchObject({ queued: 0, finished: true });
    expect(progress.suppressed).toBeGreaterThanOrEqual(1);
    expect(progress.sent).toBeGreaterThanOrEqual(1);
    // Their confirmation mails went out too; the update is the mail with its title as subject.
    const updateMail = resend.delivered.filter((d) => d.subject === 'Mid-send');
    expect(updateMail.map((d) => d.to)).toContain(stays);
    expect(updateMail.map((d) => d.to)).not.toContain(leaves);
    const delivered = updateMail.find((d) => d.to === stays)!;
    expect(delivered.headers['List-Unsubscribe']).toMatch(/^<http.*\/api\/unsubscribe\?token=.+>$/);
    expect(delivered.subject).toBe('Mid-send');
    expect(delivered.html).toContain('lang="ru"');
    expect(delivered.html).toContain('ещё не переведена на ваш язык');

    // And the next update is not even queued for them as deliverable.
    const next = await aPublishedUpdate({ case: 'campaign', 'title.en': 'After', 'body.en': 'Text.' });
    await fanOutUpdate(next);
    expect((await updateMessages(next)).find((m) => m.to === leaves)?.status).toBe('suppressed');
  });
});

describe('preference links in every mail', () => {
  /** The subscriber a preference link opens the page of, or why it does not. */
  async function subscriberOfLink(url: string) {
    const token = new URL(url).searchParams.get('token');
    const lookup = await readPreferences(token, 'en');
    return lookup.ok ? lookup.preferences.subscriberId : lookup.reason;
  }
  const subscriberId = async (email: string) => (await db().select({ id: subscribers.id }).from(subscribers).where(eq(subscribers.email, email)))[0]!.id;
  const preferenceLinks = (s: string) => [...new Set([...s.matchAll(/https?:\/\/[^\s"<>\]]+\/subscriptions\/preferences\?token=[A-Za-z0-9._-]+/g)].map((m) => m[0]))];

  it('gives the confirmation mail a signed link to the subscriber’s own preferences', async () => {
    const email = uniqueEmail('confirming');
    await subscribe({ email, language: 'ru', case: 'all' });
    const [mail] = await db().select().from(mailMessages).where(and(eq(mailMessages.to, email), eq(mailMessages.template, 'confirm-subscription')));
    const url = String(mail!.props.preferencesUrl);
    expect(url).toMatch(/\/ru\/subscriptions\/preferences\?token=/);
    expect(await subscriberOfLink(url)).toBe(await subscriberId(email));
  });

  it('delivers each subscriber a case update whose HTML and text link to their own preferences, and to nobody else’s', async () => {
    const first = uniqueEmail('first');
    const second = uniqueEmail('second');
    await aSubscriber(first, 'all', 'en');
    await aSubscriber(second, 'all', 'kk');
    const id = await aPublishedUpdate({ case: 'campaign', 'title.en': 'Preference links', 'body.en': 'Text.' });
    await fanOutUpdate(id);

    const resend = await deliverThroughWorker(id);

    const delivered = resend.delivered.filter((d) => d.subject === 'Preference links');
    for (const [email, other] of [[first, second], [second, first]] as const) {
      const mail = delivered.find((d) => d.to === email);
      expect(mail, `delivered to ${email}`).toBeDefined();
      const html = preferenceLinks(mail!.html!.replaceAll('&amp;', '&'));
      const text = preferenceLinks(mail!.text!);
      expect(html).toHaveLength(1);
      expect(text).toEqual(html);
      expect(await subscriberOfLink(html[0]!)).toBe(await subscriberId(email));
      expect(await subscriberOfLink(html[0]!)).not.toBe(await subscriberId(other));
      // The link expires: a month on it opens nothing.
      const later = await readPreferences(new URL(html[0]!).searchParams.get('token'), 'en', new Date(Date.now() + 31 * 86_400_000));
      expect(later).toEqual({ ok: false, reason: 'expired' });
    }
    expect(delivered.find((d) => d.to === second)!.html!).toContain('/kk/subscriptions/preferences?token=');
    // The placeholder the worker renders with never reaches anyone.
    expect(delivered.map((d) => `${d.html}${d.text}`).join('')).not.toContain('personal.invalid');
  });
});

describe('linking a picket', () => {
  /** A picket as an organiser's review leaves it; `days` from now until it starts. */
  async function picketRow(status: PicketStatus, days = 7, title = `Picket ${randomBytes(3).toString('hex')}`) {
    const id = crypto.randomUUID();
    const startsAt = new Date(Date.now() + days * 86_400_000);
    await db().insert(pickets).values({
      id,
      title,
      description: 'Stand with the prisoners.',
      country: 'DE',
      city: 'Berlin',
      venue: 'In front of the embassy',
      address: 'Unter den Linden 1, Berlin',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      timeZone: 'Europe/Berlin',
      status,
      organiserName: 'Dana',
      organiserEmail: uniqueEmail('organiser'),
      locale: 'en',
      proposalTokenHash: randomBytes(32).toString('hex'),
    });
    return { id, title };
  }
  const labels = { campaign: 'Campaign', noLink: 'Nothing', petition: (t: string) => `Petition: ${t}`, picket: (p: { title: string; date: string; city: string }) => `Picket: ${p.title} (${p.date}, ${p.city})` };

  it('lists approved upcoming pickets in the editor and refuses a missing or unapproved one with a field error', async () => {
    const actor = await makeActor();
    const approved = await picketRow('approved');
    const proposed = await picketRow('proposed');
    const cancelled = await picketRow('cancelled');
    const over = await picketRow('approved', -3);
    const base = { case: 'campaign', 'title.en': 'Come out', 'body.en': 'Join us.' };

    const options = (await editorOptions(labels)).linkOptions.map((o) => o.value);
    expect(options).toContain(`picket:${approved.id}`);
    for (const hidden of [proposed, cancelled, over]) expect(options).not.toContain(`picket:${hidden.id}`);
    expect((await editorOptions(labels)).linkOptions.find((o) => o.value === `picket:${approved.id}`)!.label).toMatch(
      new RegExp(`^Picket: ${approved.title} \\(\\d{4}-\\d{2}-\\d{2}, Berlin\\)$`),
    );

    const missing = `picket:${crypto.randomUUID()}`;
    expect(await saveUpdate(actor, null, updateForm({ ...base, link: missing }))).toMatchObject({
      ok: false,
      errors: { link: { key: 'picketGone' } },
      values: { link: missing, 'title.en': 'Come out' },
    });
    expect(await saveUpdate(actor, null, updateForm({ ...base, link: `picket:${proposed.id}` }))).toMatchObject({ ok: false, errors: { link: { key: 'picketNotApproved', values: { status: 'proposed' } } } });
    expect(await saveUpdate(actor, null, updateForm({ ...base, link: `picket:${cancelled.id}` }))).toMatchObject({ ok: false, errors: { link: { key: 'picketNotApproved', values: { status: 'cancelled' } } } });
    expect(await saveUpdate(actor, null, updateForm({ ...base, link: `rally:${approved.id}` }))).toMatchObject({ ok: false, errors: { link: { key: 'chooseLink' } } });

    const id = await aDraftUpdate(actor, { ...base, link: `picket:${approved.id}` });
    const [row] = await db().select().from(caseUpdates).where(eq(caseUpdates.id, id));
    expect(row).toMatchObject({ picketId: approved.id, petitionId: null });
    expect(valuesFromUpdate(row!).link).toBe(`picket:${approved.id}`);

    // Cancelled after the draft was written: publishing says so instead of mailing people to it.
    await db().update(pickets).set({ status: 'cancelled' }).where(eq(pickets.id, approved.id));
    expect(await publishUpdate(actor, id, { when: 'now' })).toMatchObject({ ok: false, errors: { form: { key: 'publishPicketNotApproved', values: { status: 'cancelled' } } } });
    expect((await db().select().from(caseUpdates).where(eq(caseUpdates.id, id)))[0]!.status).toBe('draft');
    // The editor of that draft still offers its link, so saving it again does not drop it unseen.
    expect((await editorOptions(labels, row!)).linkOptions.map((o) => o.value)).toContain(`picket:${approved.id}`);
  });

  it('shows the link to the picket’s public page on the page, in each subscriber’s mail and in the Atom entry', async () => {
    const picket = await picketRow('approved', 10, 'Picket at the embassy & <friends>');
    const reader = uniqueEmail('picket-reader');
    await aSubscriber(reader, 'all', 'ru');
    const id = await aPublishedUpdate({ case: 'campaign', 'title.en': 'Picket on Saturday', 'body.en': 'Come.', link: `picket:${picket.id}` });

    const [onPage] = (await listPublishedUpdates()).filter((u) => u.id === id);
    expect(onPage).toMatchObject({ picket: { id: picket.id, title: picket.title }, petition: null });

    await fanOutUpdate(id);
    const [mail] = (await updateMessages(id)).filter((m) => m.to === reader);
    expect(mail!.props.picket).toEqual({ title: picket.title, url: `http://localhost:3000/ru/pickets/${picket.id}` });
    const rendered = await renderMail('case-update', mail!.props as never, 'ru', { stream: 'transactional', site: 'localhost' });
    expect(rendered.html).toContain(`href="http://localhost:3000/ru/pickets/${picket.id}"`);
    expect(rendered.html).toContain('Picket at the embassy &amp; &lt;friends&gt;');
    expect(rendered.text).toContain(`http://localhost:3000/ru/pickets/${picket.id}`);

    const xml = atomFeed({ id: 'urn:test', title: 'T', selfUrl: `${SITE}/f`, pageUrl: SITE, siteUrl: SITE, locale: 'kk', author: 'Y', updates: await listPublishedUpdates(), labels: FEED_LABELS });
    expectValidAtom(xml);
    const entry = [...new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagName('entry')].find((e) => e.getElementsByTagName('id')[0]!.textContent === `urn:uuid:${id}`)!;
    const related = [...entry.getElementsByTagName('link')].find((l) => l.getAttribute('rel') === 'related')!;
    expect(related.getAttribute('href')).toBe(`${SITE}/kk/pickets/${picket.id}`);
    expect(related.getAttribute('title')).toBe(`Come to: ${picket.title}`);
    expect(entry.getElementsByTagName('content')[0]!.textContent).toContain(`<a href="${SITE}/kk/pickets/${picket.id}">Come to: Picket at the embassy &amp; &lt;friends&gt;</a>`);

    // Called off after the update went out: the update stops sending readers there.
    await db().update(pickets).set({ status: 'cancelled' }).where(eq(pickets.id, picket.id));
    expect((await listPublishedUpdates()).find((u) => u.id === id)!.picket).toBeNull();
  });
});

describe('Atom feeds', () => {
  it('follow the rules of RFC 4287, checked with an independent XML parser', async () => {
    await aPublishedUpdate({ case: await caseIdOf('aron-atabek'), 'title.en': 'Feed & <entry>', 'body.en': 'Body with [a link](https://example.org).', 'title.ru': 'Лента', 'body.ru': 'Текст.' });
    const [petition] = await db().select().from(petitions).limit(1);
    await aPublishedUpdate({ case: 'campaign', 'title.en': 'Campaign news', 'body.en': 'Sign.', link: `petition:${petition!.id}` });
    for (const locale of ['en', 'ru', 'kk'] as const) {
      const xml = atomFeed({
        id: `urn:yntymaq:updates:all:${locale}`,
        title: 'Yntymaq',
        selfUrl: `${SITE}/api/feeds/updates/${locale}`,
        pageUrl: `${SITE}/${locale}/updates`,
        siteUrl: SITE,
        locale,
        author: 'Yntymaq',
        updates: await listPublishedUpdates(),
        labels: FEED_LABELS,
      });
      expectValidAtom(xml);
    }
  });
});

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The RFC 4287 rules a reader relies on (§4.1.1 feed, §4.1.2 entry, §3.3 dates, §4.2.6 ids). */
export function expectValidAtom(xml: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(xml, 'application/xml');
  expect(errors).toEqual([]);
  const feed = doc.documentElement!;
  expect(feed.localName).toBe('feed');
  expect(feed.namespaceURI).toBe(ATOM);
  const children = (el: XmlElement, name: string) => [...el.childNodes].filter((n): n is XmlElement => n.nodeType === 1 && (n as XmlElement).namespaceURI === ATOM && (n as XmlElement).localName === name);
  const one = (el: XmlElement, name: string) => {
    const found = children(el, name);
    expect(found, `${el.localName} has exactly one ${name}`).toHaveLength(1);
    return found[0]!;
  };
  const iri = (value: string) => expect(value, 'an absolute IRI').toMatch(/^[a-z][a-z0-9+.-]*:\S+$/i);
  iri(one(feed, 'id').textContent!.trim());
  expect(one(feed, 'title').textContent!.trim()).not.toBe('');
  expect(one(feed, 'updated').textContent!.trim()).toMatch(RFC3339);
  const feedAuthor = children(feed, 'author');
  for (const author of feedAuthor) expect(one(author, 'name').textContent!.trim()).not.toBe('');
  const self = children(feed, 'link').filter((l) => l.getAttribute('rel') === 'self');
  expect(self).toHaveLength(1);
  const alternates = children(feed, 'link').filter((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
  expect(new Set(alternates.map((l) => `${l.getAttribute('type')}|${l.getAttribute('hreflang')}`)).size).toBe(alternates.length);
  const entries = children(feed, 'entry');
  expect(entries.length).toBeGreaterThan(0);
  const ids = new Set<string>();
  for (const entry of entries) {
    const id = one(entry, 'id').textContent!.trim();
    iri(id);
    ids.add(id);
    expect(one(entry, 'title').textContent!.trim()).not.toBe('');
    expect(one(entry, 'updated').textContent!.trim()).toMatch(RFC3339);
    for (const p of children(entry, 'published')) expect(p.textContent!.trim()).toMatch(RFC3339);
    if (feedAuthor.length === 0) expect(children(entry, 'author').length).toBeGreaterThan(0);
    const content = children(entry, 'content');
    expect(content.length).toBeLessThanOrEqual(1);
    const entryAlternates = children(entry, 'link').filter((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
    if (content.length === 0) expect(entryAlternates.length).toBeGreaterThan(0);
    for (const l of children(entry, 'link')) iri(l.getAttribute('href')!);
    for (const c of content) expect(['text', 'html', 'xhtml', null]).toContain(c.getAttribute('type'));
  }
  expect(ids.size, 'entry ids are unique').toBe(entries.length);
}
