import type { PicketRow } from '@/db/schema';
import type { Tx } from '@/db/tx';
import type { Locale } from '@/lib/i18n/locales';
import { enqueueMail } from '@/lib/mail/enqueue';
import { appUrl } from '@/lib/site-url';
import { placeOf } from './place';
import { picketToken } from './tokens';

type MailPicket = Pick<PicketRow, 'id' | 'title' | 'startsAt' | 'endsAt' | 'timeZone' | 'venue' | 'address' | 'city' | 'country' | 'sequence'>;
type ProposedPicket = Pick<PicketRow, 'id' | 'title' | 'startsAt' | 'endsAt' | 'timeZone' | 'venue' | 'address' | 'city' | 'country' | 'organiserEmail' | 'locale'>;
type Attendee = { id: string; email: string; locale: string };

export const picketUrl = (id: string, locale: Locale) => `${appUrl()}/${locale}/pickets/${id}`;
export const icsUrl = (id: string) => `${appUrl()}/api/pickets/${id}/calendar`;

/** When and where, for every picket mail: start and end in the picket's zone, the full place in the reader's language. */
function whenAndWhere(picket: Omit<MailPicket, 'id' | 'sequence'>, locale: Locale) {
  return {
    title: picket.title,
    startsAt: picket.startsAt.toISOString(),
    endsAt: picket.endsAt.toISOString(),
    timeZone: picket.timeZone,
    place: placeOf(picket, locale),
  };
}

function picketProps(picket: MailPicket, locale: Locale) {
  return {
    ...whenAndWhere(picket, locale),
    picketUrl: picketUrl(picket.id, locale),
    icsUrl: icsUrl(picket.id),
  };
}

// Every picket mail leaves from here, queued in the transaction of the change that causes it. The
// idempotency keys name the change (a picket's SEQUENCE, an RSVP's attempt), so a repeated action
// queues nothing twice while a second change still gets its own notice.

export async function sendProposalConfirmation(tx: Tx, picket: ProposedPicket): Promise<void> {
  const locale = picket.locale as Locale;
  await enqueueMail(tx, {
    template: 'picket-confirm-proposal',
    to: picket.organiserEmail,
    locale,
    props: { ...whenAndWhere(picket, locale), confirmUrl: `${appUrl()}/${locale}/pickets/proposals/${picketToken('proposal', picket.id)}` },
    idempotencyKey: `picket-confirm-proposal:${picket.id}`,
  });
}

export async function sendReviewOutcome(tx: Tx, picket: ProposedPicket, approved: boolean, reason?: string): Promise<void> {
  const locale = picket.locale as Locale;
  await enqueueMail(tx, {
    template: 'picket-reviewed',
    to: picket.organiserEmail,
    locale,
    props: { ...whenAndWhere(picket, locale), approved, reason, picketUrl: approved ? picketUrl(picket.id, locale) : `${appUrl()}/${locale}/pickets` },
    idempotencyKey: `picket-reviewed:${picket.id}`,
  });
}

export async function sendRsvpConfirmRequest(tx: Tx, picket: MailPicket, rsvp: Attendee, attempt: number): Promise<void> {
  const locale = rsvp.locale as Locale;
  const props = picketProps(picket, locale);
  await enqueueMail(tx, {
    template: 'picket-confirm-rsvp',
    to: rsvp.email,
    locale,
    props: { ...props, confirmUrl: `${appUrl()}/${locale}/pickets/rsvp/${picketToken('rsvp-confirm', rsvp.id)}` },
    idempotencyKey: `picket-confirm-rsvp:${rsvp.id}:${attempt}`,
  });
}

/** Registered (or on the waiting list); `key` tells apart the first mail from a later promotion. */
export async function sendRegistered(tx: Tx, picket: MailPicket, rsvp: Attendee, waitlisted: boolean): Promise<void> {
  const locale = rsvp.locale as Locale;
  await enqueueMail(tx, {
    template: 'picket-confirmation',
    to: rsvp.email,
    locale,
    props: {
      ...picketProps(picket, locale),
      waitlisted,
      cancelUrl: `${appUrl()}/${locale}/pickets/cancel/${picketToken('rsvp-cancel', rsvp.id)}`,
    },
    idempotencyKey: `picket-confirmation:${rsvp.id}:${waitlisted ? 'waitlisted' : 'registered'}`,
  });
}

export async function sendChanged(tx: Tx, picket: MailPicket, rsvp: Attendee, change: { cancelled: boolean; note?: string }): Promise<void> {
  const locale = rsvp.locale as Locale;
  await enqueueMail(tx, {
    template: 'picket-changed',
    to: rsvp.email,
    locale,
    props: { ...picketProps(picket, locale), cancelled: change.cancelled, note: change.note },
    idempotencyKey: `picket-changed:${rsvp.id}:${picket.sequence}`,
  });
}

export async function sendReminder(tx: Tx, picket: MailPicket, rsvp: Attendee, kind: string): Promise<void> {
  const locale = rsvp.locale as Locale;
  const props = picketProps(picket, locale);
  await enqueueMail(tx, {
    template: 'picket-reminder',
    to: rsvp.email,
    locale,
    props,
    idempotencyKey: `picket-reminder:${rsvp.id}:${kind}:${picket.startsAt.toISOString()}`,
  });
}
