import type { PicketRow, PicketStatus } from '@/db/schema';

/** What a picket is to a visitor: the stored status, and "past" once an approved picket has ended. */
export type PublicStatus = PicketStatus | 'past';

export function publicStatus(picket: Pick<PicketRow, 'status' | 'endsAt'>, now = new Date()): PublicStatus {
  if (picket.status === 'approved' && picket.endsAt.getTime() <= now.getTime()) return 'past';
  return picket.status;
}

/** Why an RSVP is refused, or null when people may still register. */
export function rsvpRefusal(picket: Pick<PicketRow, 'status' | 'startsAt' | 'endsAt'>, now = new Date()): 'cancelled' | 'past' | 'not_found' | null {
  if (picket.status === 'cancelled') return 'cancelled';
  if (picket.status !== 'approved') return 'not_found';
  // Registering once it has started helps nobody plan; the page says it is under way or over.
  if (picket.startsAt.getTime() <= now.getTime()) return 'past';
  return null;
}
