import { eq, sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog, embassies, mailMessages, picketRsvps, pickets } from '@/db/schema';
import { closeProducer } from '@/lib/mail/queue';
import { picketCalendar } from '@/lib/pickets/ics';
import { approvePicket, cancelPicket, rejectPicket, updatePicket } from '@/lib/pickets/organise';
import { confirmProposal, proposePicket } from '@/lib/pickets/propose';
import { getPublicPicket, groupByDate, listPublicPickets, picketsForFeed } from '@/lib/pickets/queries';
import { jobKinds } from '@/lib/worker/kinds';
import { picketReminderJob, reminderKinds, sendDueReminders } from '@/lib/pickets/jobs';
import { attendance, cancelRsvp, confirmRsvp, rsvpToPicket } from '@/lib/pickets/rsvp';
import { picketToken } from '@/lib/pickets/tokens';
import { utcToZonedInput } from '@/lib/pickets/time';
import { ADDRESS_MAX, FIELD_LIMITS } from '@/lib/pickets/forms';
import { renderMail } from '@/lib/mail/render';
import { makeActor } from '../support/organisers';
import { anApprovedPicket } from '../support/builders';
import { useTestDatabase } from '../support/database';

process.env.APP_SECRET = 'integration-test-secret-of-at-least-32-chars';

useTestDatabase({ seed: true });
afterAll(closeProducer);

const DAY = 86_400_000;
const HOUR = 3_600_000;
let counter = 0;

/** A proposal `daysAhead` from now, 12:00–14:00 London time. */
function proposal(daysAhead = 10, extra: Record<string, unknown> = {}) {
  counter += 1;
  const day = new Date(Date.now() + daysAhead * DAY).toISOString().slice(0, 10);
  return {
    title: `Picket ${counter} for the Zhanaozen prisoners`,
    description: 'We stand outside the embassy for the workers jailed since 2011.',
    whatToBring: 'Warm clothes, a placard.',
    country: 'GB',
    city: 'London',
    venue: 'Embassy of Kazakhstan',
    address: '125 Pall Mall, London SW1Y 5EA',
    startsAt: `${day}T12:00`,
    endsAt: `${day}T14:00`,
    timeZone: 'Europe/London',
    organiserName: 'Dana Proposer',
    organiserEmail: `proposer-${counter}@example.org`,
    locale: 'ru',
    ...extra,
  };
}

const approvedPicket = (extra: Record<string, unknown> = {}, daysAhead = 10) => anApprovedPicket(proposal(daysAhead, extra));

const mailTo = (to: string) => db().select().from(mailMessages).where(eq(mailMessages.to, to)).orderBy(mailMessages.createdAt);

async function rsvpFor(picketId: string, email: string, locale = 'kk') {
  expect(await rsvpToPicket(picketId, { name: '', email, locale })).toEqual({ ok: true });
  const [row] = await db().select().from(picketRsvps).where(eq(picketRsvps.email, email));
  return row!;
}

describe('proposing a picket', () => {
  it('refuses bad input with a field error for each field', async () => {
    const yesterday = new Date(Date.now() - DAY).toISOString().slice(0, 10);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ endsAt: proposal().startsAt.replace('12:00', '11:00') }, 'endsAt', 'endBeforeStart'],
      [{ startsAt: `${yesterday}T12:00`, endsAt: `${yesterday}T13:00` }, 'startsAt', 'inPast'],
      [{ timeZone: 'Europe/Atlantis' }, 'timeZone', 'unknownTimeZone'],
      [{ country: 'XX' }, 'country', 'unknownCountry'],
      [{ capacity: '0' }, 'capacity', 'capacityPositive'],
      [{ capacity: '-3' }, 'capacity', 'capacityPositive'],
      [{ address: 'a'.repeat(5000) }, 'address', 'tooLong'],
      [{ startsAt: '2026-02-30T12:00' }, 'startsAt', 'invalidDate'],
      [{ organiserEmail: 'not an address' }, 'organiserEmail', 'invalidEmail'],
      [{ embassyId: '00000000-0000-4000-8000-000000000000' }, 'embassyId', 'unknownChoice'],
    ];
    for (const [change, field, key] of cases) {
      const outcome = await proposePicket(proposal(10, change));
      expect(outcome.ok, field).toBe(false);
      if (outcome.ok) continue;
      expect(outcome.errors[field as keyof typeof outcome.errors], field).toContain(key);
      // What was typed comes back (bounded), so nothing is lost.
      expect(outcome.values.title).toMatch(/^Picket/);
    }
    // Every error at once: a field error does not hide the checks across fields.
    const many = await proposePicket(proposal(10, { address: 'a'.repeat(5000), endsAt: proposal().startsAt.replace('12:00', '11:00'), capacity: '0' }));
    expect(many.ok).toBe(false);
    if (!many.ok) expect(Object.keys(many.errors).sort()).toEqual(['address', 'capacity', 'endsAt']);
    const [count] = await db().select({ n: sql<number>`count(*)::int` }).from(pickets);
    expect(count!.n).toBe(0);
  });

  it('keeps a proposal private until an organiser approves it, and tells the proposer in their language', async () => {
    const input = proposal();
    const outcome = await proposePicket(input);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(await getPublicPicket(outcome.id)).toBeNull();
    const [confirmMail] = await mailTo(input.organiserEmail);
    expect(confirmMail!.template).toBe('picket-confirm-proposal');
    expect(confirmMail!.locale).toBe('ru');

    const actor = await makeActor();
    // Not before the proposer confirmed their address.
    expect(await approvePicket(actor, outcome.id)).toEqual({ ok: false, error: 'wrong_status' });
    const token = picketToken('proposal', outcome.id);
    expect((await confirmProposal(token)).status).toBe('confirmed');
    expect((await confirmProposal(token)).status).toBe('already');
    expect(await approvePicket(actor, outcome.id)).toEqual({ ok: true });

    const page = await getPublicPicket(outcome.id);
    expect(page!.picket.title).toBe(input.title);
    expect(JSON.stringify(page)).not.toContain(input.organiserEmail);
    expect(JSON.stringify(page)).not.toContain(input.organiserName);
    const mails = await mailTo(input.organiserEmail);
    expect(mails.map((m) => m.template)).toEqual(['picket-confirm-proposal', 'picket-reviewed']);
    expect((mails[1]!.props as { approved: boolean }).approved).toBe(true);
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.entityId, outcome.id));
    expect(entry!.actorEmail).toBe(actor.email);
    expect(JSON.stringify(entry!.after)).not.toContain(input.organiserEmail);
  });

  it('rejects with a reason the proposer reads', async () => {
    const input = proposal();
    const outcome = await proposePicket(input);
    if (!outcome.ok) throw new Error('proposal refused');
    await confirmProposal(picketToken('proposal', outcome.id));
    const actor = await makeActor();
    expect(await rejectPicket(actor, outcome.id, '  ')).toEqual({ ok: false, error: 'reason_required' });
    expect(await rejectPicket(actor, outcome.id, 'Another picket is planned there that day.')).toEqual({ ok: true });
    const mails = await mailTo(input.organiserEmail);
    expect(mails[1]!.template).toBe('picket-reviewed');
    expect(mails[1]!.props).toMatchObject({ approved: false, reason: 'Another picket is planned there that day.' });
    expect(await getPublicPicket(outcome.id)).toBeNull();
  });

  it('answers a bot that fills the honeypot as it answers a person, and stores and sends nothing', async () => {
    const input = proposal(10, { website: 'http://spam.example' });
    expect((await proposePicket(input)).ok).toBe(true);
    expect(await db().select().from(pickets).where(eq(pickets.organiserEmail, input.organiserEmail))).toHaveLength(0);
    expect(await mailTo(input.organiserEmail)).toHaveLength(0);
    const id = await approvedPicket();
    expect(await rsvpToPicket(id, { email: 'bot@example.org', website: 'x' })).toEqual({ ok: true });
    expect(await db().select().from(picketRsvps).where(eq(picketRsvps.email, 'bot@example.org'))).toHaveLength(0);
  });

  it('takes the place of an embassy from the directory', async () => {
    const [london] = await db().select().from(embassies).where(eq(embassies.city, 'London'));
    expect(london!.address).toContain('Pall Mall');
    const id = await approvedPicket({ embassyId: london!.id });
    const page = await getPublicPicket(id);
    expect(page!.picket.lat).toBeCloseTo(london!.lat);
  });
});

describe('RSVPs', () => {
  it('counts an attendee once confirmed, keeps names private, and a second click changes nothing', async () => {
    const id = await approvedPicket();
    const rsvp = await rsvpFor(id, 'attendee-1@example.org');
    expect(rsvp.name).toBeNull();
    expect(await attendance(id)).toEqual({ attending: 0, waiting: 0 });
    const token = picketToken('rsvp-confirm', rsvp.id);
    expect((await confirmRsvp(token)).status).toBe('confirmed');
    expect((await confirmRsvp(token)).status).toBe('confirmed');
    expect(await attendance(id)).toEqual({ attending: 1, waiting: 0 });
    const mails = await mailTo('attendee-1@example.org');
    expect(mails.map((m) => [m.template, m.locale])).toEqual([
      ['picket-confirm-rsvp', 'kk'],
      ['picket-confirmation', 'kk'],
    ]);
    expect((mails[1]!.props as { icsUrl: string }).icsUrl).toContain(`/api/pickets/${id}/calendar`);
  });

  it('puts people on a waiting list once the picket is full, and moves the first up when someone cancels', async () => {
    const id = await approvedPicket({ capacity: '1' });
    const first = await rsvpFor(id, 'first@example.org');
    const second = await rsvpFor(id, 'second@example.org');
    expect((await confirmRsvp(picketToken('rsvp-confirm', first.id))).status).toBe('confirmed');
    expect((await confirmRsvp(picketToken('rsvp-confirm', second.id))).status).toBe('waitlisted');
    expect(await attendance(id)).toEqual({ attending: 1, waiting: 1 });
    expect((await cancelRsvp(picketToken('rsvp-cancel', first.id))).status).toBe('cancelled');
    expect(await attendance(id)).toEqual({ attending: 1, waiting: 0 });
    const mails = await mailTo('second@example.org');
    expect(mails.map((m) => (m.props as { waitlisted?: boolean }).waitlisted ?? null)).toEqual([null, true, false]);
  });

  it('refuses RSVPs to a cancelled, a past or an unapproved picket, with the reason', async () => {
    const cancelled = await approvedPicket();
    await cancelPicket(await makeActor(), cancelled);
    expect(await rsvpToPicket(cancelled, { email: 'x@example.org' })).toEqual({ ok: false, error: 'cancelled' });

    const started = await approvedPicket();
    const later = new Date(Date.now() + 11 * DAY);
    expect(await rsvpToPicket(started, { email: 'x@example.org' }, later)).toEqual({ ok: false, error: 'past' });

    const proposed = await proposePicket(proposal());
    if (!proposed.ok) throw new Error('refused');
    expect(await rsvpToPicket(proposed.id, { email: 'x@example.org' })).toEqual({ ok: false, error: 'not_found' });
    expect(await rsvpToPicket(started, { email: 'nope' })).toMatchObject({ ok: false, error: 'invalid', errors: { email: ['invalidEmail'] } });
  });
});

describe('changes, cancellation and the calendar', () => {
  function parseEvents(text: string) {
    const component = new ICAL.Component(ICAL.parse(text));
    return component.getAllSubcomponents('vevent').map((v) => ({
      uid: v.getFirstPropertyValue('uid'),
      sequence: Number(v.getFirstPropertyValue('sequence')),
      status: v.getFirstPropertyValue('status'),
      start: (v.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate(),
      end: (v.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate(),
      summary: v.getFirstPropertyValue('summary'),
      text: v.toString(),
    }));
  }

  async function calendarOf(id: string) {
    const page = await getPublicPicket(id);
    return parseEvents(picketCalendar([page!.picket], 'Picket'));
  }

  it('moves the time: SEQUENCE goes up, the UID stays, attendees get the new details; cancelling says STATUS:CANCELLED', async () => {
    const input = proposal(12);
    const id = await approvedPicket(input, 12);
    const rsvp = await rsvpFor(id, 'mover@example.org', 'ru');
    await confirmRsvp(picketToken('rsvp-confirm', rsvp.id));
    const [before] = await calendarOf(id);
    expect(before!.sequence).toBe(0);
    expect(before!.status).toBe('CONFIRMED');
    expect(before!.start.toISOString()).toMatch(/T12:00:00/); // London in winter is UTC
    expect(before!.text).not.toContain(input.organiserEmail);
    expect(before!.text).not.toContain('Dana');

    const page = await getPublicPicket(id);
    const moved = { ...input, startsAt: utcToZonedInput(new Date(page!.picket.startsAt.getTime() + HOUR), 'Europe/London'), endsAt: utcToZonedInput(new Date(page!.picket.endsAt.getTime() + HOUR), 'Europe/London') };
    const edit = await updatePicket(await makeActor(), id, moved, 'One hour later: the police asked.');
    expect(edit).toEqual({ ok: true, notified: 1 });
    const [after] = await calendarOf(id);
    expect(after!.uid).toBe(before!.uid);
    expect(after!.sequence).toBeGreaterThan(before!.sequence);
    expect(after!.start.getTime() - before!.start.getTime()).toBe(HOUR);
    const notice = (await mailTo('mover@example.org')).at(-1)!;
    expect(notice.template).toBe('picket-changed');
    expect(notice.locale).toBe('ru');
    expect(notice.props).toMatchObject({ note: 'One hour later: the police asked.' });

    expect(await cancelPicket(await makeActor(), id)).toEqual({ ok: true });
    const [cancelled] = await calendarOf(id);
    expect(cancelled!.status).toBe('CANCELLED');
    expect(cancelled!.sequence).toBeGreaterThan(after!.sequence);
    expect((await mailTo('mover@example.org')).at(-1)!.props).toMatchObject({ cancelled: true });
  });

  it('writes a feed of approved pickets, by country, that parses with an independent parser', async () => {
    const berlin = await approvedPicket({ country: 'DE', city: 'Berlin', timeZone: 'Europe/Berlin', address: 'Nordendstraße 14-17, 13156 Berlin' });
    const unapproved = await proposePicket(proposal(10, { country: 'DE', city: 'Berlin', timeZone: 'Europe/Berlin' }));
    const feed = parseEvents(picketCalendar(await picketsForFeed('DE'), 'Pickets'));
    expect(feed.map((e) => e.uid)).toEqual([expect.stringContaining(berlin)]);
    expect(unapproved.ok && feed.some((e) => String(e.uid).includes(unapproved.id))).toBe(false);
    // 12:00 in Berlin in winter is 11:00 UTC.
    expect(feed[0]!.start.toISOString()).toMatch(/T11:00:00/);
  });

  it('lists upcoming pickets by date and groups a day of action; past ones apart', async () => {
    const a = await approvedPicket({}, 20);
    const b = await approvedPicket({ country: 'DE', city: 'Berlin', timeZone: 'Europe/Berlin' }, 20);
    const days = groupByDate(await listPublicPickets());
    const day = days.find((d) => d.pickets.some((p) => p.id === a));
    expect(day!.pickets.map((p) => p.id)).toEqual(expect.arrayContaining([a, b]));
    expect((await listPublicPickets({ country: 'DE', city: 'berlin' })).map((p) => p.id)).toContain(b);
    expect((await listPublicPickets({ country: 'GB' })).map((p) => p.id)).not.toContain(b);
    const future = new Date(Date.now() + 30 * DAY);
    expect((await listPublicPickets({ past: true }, future)).map((p) => p.id)).toEqual(expect.arrayContaining([a, b]));
  });
});

describe('reminders', () => {
  it('sends the day-before and the hour-before reminder once each, at their time, in the attendee language', async () => {
    const id = await approvedPicket({}, 5);
    const rsvp = await rsvpFor(id, 'remind-me@example.org', 'ru');
    await confirmRsvp(picketToken('rsvp-confirm', rsvp.id));
    const pending = await rsvpFor(id, 'never-confirmed@example.org');
    const { picket } = (await getPublicPicket(id))!;
    const start = picket.startsAt.getTime();
    const kinds = reminderKinds([1440, 60]);
    const reminders = async () => (await mailTo('remind-me@example.org')).filter((m) => m.template === 'picket-reminder');

    expect(await sendDueReminders(new Date(start - 25 * HOUR), kinds)).toBe(0);
    expect(await reminders()).toHaveLength(0);
    await sendDueReminders(new Date(start - 24 * HOUR + 1000), kinds);
    expect(await reminders()).toHaveLength(1);
    expect((await reminders())[0]!.locale).toBe('ru');
    // A second run, and runs in between, send nothing more.
    await sendDueReminders(new Date(start - 24 * HOUR + 60_000), kinds);
    await sendDueReminders(new Date(start - 2 * HOUR), kinds);
    expect(await reminders()).toHaveLength(1);
    await sendDueReminders(new Date(start - HOUR + 1000), kinds);
    expect(await reminders()).toHaveLength(2);
    await sendDueReminders(new Date(start - 30 * 60_000), kinds);
    await sendDueReminders(new Date(start + 60_000), kinds);
    expect(await reminders()).toHaveLength(2);
    expect((await mailTo(pending.email)).filter((m) => m.template === 'picket-reminder')).toHaveLength(0);
  });

  it('reminds again for the new time after a move, and never for a cancelled picket', async () => {
    const input = proposal(5);
    const id = await approvedPicket(input, 5);
    const rsvp = await rsvpFor(id, 'moved-reminder@example.org');
    await confirmRsvp(picketToken('rsvp-confirm', rsvp.id));
    const { picket } = (await getPublicPicket(id))!;
    const kinds = reminderKinds([60]);
    await sendDueReminders(new Date(picket.startsAt.getTime() - HOUR / 2), kinds);
    const moved = new Date(picket.startsAt.getTime() + DAY);
    await updatePicket(await makeActor(), id, {
      ...input,
      startsAt: utcToZonedInput(moved, 'Europe/London'),
      endsAt: utcToZonedInput(new Date(moved.getTime() + 2 * HOUR), 'Europe/London'),
    });
    await sendDueReminders(new Date(moved.getTime() - HOUR / 2), kinds);
    const count = async () => (await mailTo('moved-reminder@example.org')).filter((m) => m.template === 'picket-reminder').length;
    expect(await count()).toBe(2);

    const other = await approvedPicket({}, 6);
    const r2 = await rsvpFor(other, 'cancelled-reminder@example.org');
    await confirmRsvp(picketToken('rsvp-confirm', r2.id));
    await cancelPicket(await makeActor(), other);
    const { picket: p2 } = (await getPublicPicket(other))!;
    expect(await sendDueReminders(new Date(p2.startsAt.getTime() - HOUR / 2), kinds)).toBe(0);
  });

  it('does not send the day-before reminder to someone who registered an hour before', async () => {
    const id = await approvedPicket({}, 5);
    const { picket } = (await getPublicPicket(id))!;
    const late = await rsvpFor(id, 'late@example.org');
    await confirmRsvp(picketToken('rsvp-confirm', late.id), new Date(picket.startsAt.getTime() - 2 * HOUR));
    await sendDueReminders(new Date(picket.startsAt.getTime() - 90 * 60_000), reminderKinds([1440, 60]));
    expect((await mailTo('late@example.org')).filter((m) => m.template === 'picket-reminder')).toHaveLength(0);
    await sendDueReminders(new Date(picket.startsAt.getTime() - 30 * 60_000), reminderKinds([1440, 60]));
    expect((await mailTo('late@example.org')).filter((m) => m.template === 'picket-reminder')).toHaveLength(1);
  });

  it('runs as the worker’s every-minute job, with the worker’s database handle', async () => {
    expect(jobKinds.map((k) => k.name)).toContain('picket-reminders');
    expect(picketReminderJob.cron).toBe('* * * * *');
    const soon = new Date(Date.now() + 30 * 60_000);
    const id = await approvedPicket({
      startsAt: utcToZonedInput(soon, 'Europe/London'),
      endsAt: utcToZonedInput(new Date(soon.getTime() + HOUR), 'Europe/London'),
    });
    const rsvp = await rsvpFor(id, 'job-reminder@example.org');
    // Registered two hours before: the hour-before reminder is due now.
    await confirmRsvp(picketToken('rsvp-confirm', rsvp.id), new Date(Date.now() - 2 * HOUR));
    const lines: string[] = [];
    await picketReminderJob.run({}, { database: db(), log: (line) => lines.push(line) });
    expect((await mailTo('job-reminder@example.org')).filter((m) => m.template === 'picket-reminder')).toHaveLength(1);
    expect(lines.join('\n')).toMatch(/reminders queued: [1-9]/);
  });
});

describe('a day of action, the form’s help, and what mails say', () => {
  const dayAt = (daysAhead: number) => new Date(Date.now() + daysAhead * DAY).toISOString().slice(0, 10);

  it('counts only the pickets that take place on a day of action, and lists the cancelled ones apart', async () => {
    const actor = await makeActor();
    const happening: string[] = [];
    const cancelled: string[] = [];
    for (let i = 0; i < 15; i += 1) {
      const id = await approvedPicket({ city: `London ${i}` }, 40);
      if (i < 7) happening.push(id);
      else {
        expect(await cancelPicket(actor, id)).toEqual({ ok: true });
        cancelled.push(id);
      }
    }
    const day = groupByDate(await listPublicPickets()).find((d) => d.date === dayAt(40))!;
    expect(day.happening.map((p) => p.id).sort()).toEqual([...happening].sort());
    expect(day.cancelled.map((p) => p.id).sort()).toEqual([...cancelled].sort());
    expect(day.isDayOfAction).toBe(true);

    // One picket going ahead next to one called off is no day of action.
    const real = await approvedPicket({}, 41);
    const off = await approvedPicket({ city: 'Manchester' }, 41);
    await cancelPicket(actor, off);
    const quiet = groupByDate(await listPublicPickets()).find((d) => d.date === dayAt(41))!;
    expect(quiet.happening.map((p) => p.id)).toEqual([real]);
    expect(quiet.cancelled.map((p) => p.id)).toEqual([off]);
    expect(quiet.isDayOfAction).toBe(false);
  });

  it('groups by each picket’s own date, though the UTC order puts another date between them', async () => {
    const day = dayAt(45);
    const next = dayAt(46);
    // 22:00 in New York and 23:00 in Los Angeles are the same evening; 10:00 the next day in Almaty falls between them in UTC.
    const newYork = await approvedPicket({ country: 'US', city: 'New York', timeZone: 'America/New_York', startsAt: `${day}T22:00`, endsAt: `${day}T23:00` }, 45);
    const almaty = await approvedPicket({ country: 'KZ', city: 'Almaty', timeZone: 'Asia/Almaty', startsAt: `${next}T10:00`, endsAt: `${next}T11:00` }, 46);
    const losAngeles = await approvedPicket({ country: 'US', city: 'Los Angeles', timeZone: 'America/Los_Angeles', startsAt: `${day}T23:00`, endsAt: `${next}T00:30` }, 45);
    const days = groupByDate(await listPublicPickets());
    expect(days.filter((d) => d.date === day)).toHaveLength(1);
    expect(days.find((d) => d.date === day)!.happening.map((p) => p.id)).toEqual([newYork, losAngeles]);
    expect(days.find((d) => d.date === next)!.happening.map((p) => p.id)).toContain(almaty);
    expect(days.map((d) => d.date)).toEqual([...days.map((d) => d.date)].sort());
  });

  it('fills the place and the zone from the chosen embassy when a form without JavaScript left them blank; what was typed wins', async () => {
    const [berlin] = await db().select().from(embassies).where(eq(embassies.city, 'Berlin'));
    const blank = { embassyId: berlin!.id, venue: '', address: '', city: '', country: '', timeZone: '' };
    const outcome = await proposePicket(proposal(50, blank));
    expect(outcome.ok).toBe(true);
    const [row] = await db().select().from(pickets).where(eq(pickets.id, outcome.ok ? outcome.id : ''));
    expect(row).toMatchObject({ venue: berlin!.name, address: berlin!.address, city: 'Berlin', country: 'DE', timeZone: 'Europe/Berlin', lat: berlin!.lat });

    const typed = await proposePicket(proposal(50, { ...blank, venue: 'The square opposite the embassy' }));
    const [own] = await db().select().from(pickets).where(eq(pickets.id, typed.ok ? typed.id : ''));
    expect(own).toMatchObject({ venue: 'The square opposite the embassy', address: berlin!.address });
  });

  it('takes the zone from the country when it has one, and asks for it when the country has several', async () => {
    const germany = await proposePicket(proposal(50, { country: 'DE', city: 'Hamburg', timeZone: '' }));
    expect(germany.ok).toBe(true);
    const [row] = await db().select().from(pickets).where(eq(pickets.id, germany.ok ? germany.id : ''));
    expect(row!.timeZone).toBe('Europe/Berlin');
    const us = await proposePicket(proposal(50, { country: 'US', city: 'Springfield', timeZone: '' }));
    expect(us.ok).toBe(false);
    if (!us.ok) expect(us.errors.timeZone?.[0]).toBe('required');
  });

  it('has one limit per field: 300 characters of address are taken, 301 are refused as too long', async () => {
    expect(FIELD_LIMITS.address).toBe(300);
    expect((await proposePicket(proposal(50, { address: 'a'.repeat(ADDRESS_MAX) }))).ok).toBe(true);
    const over = await proposePicket(proposal(50, { address: 'a'.repeat(ADDRESS_MAX + 1) }));
    expect(over.ok).toBe(false);
    if (!over.ok) expect(over.errors.address).toEqual(['tooLong']);
  });

  it('mails start and end in the picket’s zone, the zone named, and the full place in the reader’s language', async () => {
    const input = proposal(55, { country: 'DE', city: 'Berlin', timeZone: 'Europe/Berlin', venue: 'Embassy of Kazakhstan', address: 'Nordsternstraße 18' });
    const id = await approvedPicket(input, 55);
    const rsvp = await rsvpFor(id, 'zone-reader@example.org', 'ru');
    await confirmRsvp(picketToken('rsvp-confirm', rsvp.id));
    const page = await getPublicPicket(id);
    const later = (at: Date) => utcToZonedInput(new Date(at.getTime() + HOUR), 'Europe/Berlin');
    expect(await updatePicket(await makeActor(), id, { ...input, startsAt: later(page!.picket.startsAt), endsAt: later(page!.picket.endsAt) })).toEqual({ ok: true, notified: 1 });
    const mails = await mailTo('zone-reader@example.org');
    expect(mails.map((m) => m.template)).toEqual(['picket-confirm-rsvp', 'picket-confirmation', 'picket-changed']);
    for (const mail of mails) {
      expect(mail.props).toMatchObject({ timeZone: 'Europe/Berlin', place: 'Embassy of Kazakhstan, Nordsternstraße 18, Berlin, Германия' });
      expect(mail.props).toHaveProperty('endsAt');
    }
    const notice = mails.at(-1)!;
    const rendered = await renderMail('picket-changed', notice.props as never, 'ru', { stream: 'transactional', site: 'localhost' });
    // 12:00–14:00 moved an hour: 13:00–15:00 Berlin time, whatever the server's own zone.
    expect(rendered.text).toMatch(/13:00\s*[–-]\s*15:00 \(Europe\/Berlin\)/);
    expect(rendered.text).toContain('Германия');

    // The proposer's mails say when and where too.
    const proposer = await mailTo(input.organiserEmail as string);
    expect(proposer.map((m) => m.template)).toEqual(['picket-confirm-proposal', 'picket-reviewed']);
    for (const mail of proposer) expect(mail.props).toMatchObject({ timeZone: 'Europe/Berlin', place: expect.stringContaining('Германия') });
  });

  it('writes the venue once in the calendar’s LOCATION', async () => {
    const [berlin] = await db().select().from(embassies).where(eq(embassies.city, 'Berlin'));
    const id = await approvedPicket({ embassyId: berlin!.id, country: 'DE', city: 'Berlin', timeZone: 'Europe/Berlin', venue: berlin!.name, address: berlin!.address }, 56);
    const page = await getPublicPicket(id);
    const event = new ICAL.Component(ICAL.parse(picketCalendar([page!.picket], 'Picket'))).getFirstSubcomponent('vevent')!;
    const location = String(event.getFirstPropertyValue('location'));
    expect(location.split(berlin!.name)).toHaveLength(2);
    expect(location).toContain(berlin!.address);
    expect(location).toContain('Germany');
  });
});
