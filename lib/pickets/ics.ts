import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { appUrl } from '@/lib/site-url';
import { addressOf, placeOf } from './place';
import type { PublicPicket } from './queries';

/** The UID of a picket's event: stable for its life, so calendars update it rather than add another. */
export function picketUid(id: string): string {
  const host = new URL(appUrl()).hostname;
  return `picket-${id}@${host}`;
}

function description(picket: PublicPicket, url: string): string {
  return [picket.description, picket.whatToBring, picket.accessibility, url].filter(Boolean).join('\n\n');
}

/**
 * An RFC 5545 calendar of pickets. Times are written in UTC (the picket's own zone is a name
 * on its page), which every calendar shows in its reader's zone without a VTIMEZONE block.
 * Only public columns go in: the proposer's contact has no way into a calendar file.
 */
export function picketCalendar(list: PublicPicket[], name: string): string {
  const calendar = ical({
    name,
    prodId: { company: 'Yntymaq', product: 'Pickets', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    url: `${appUrl()}/en/pickets`,
  });
  for (const picket of list) {
    const url = `${appUrl()}/en/pickets/${picket.id}`;
    calendar.createEvent({
      id: picketUid(picket.id),
      sequence: picket.sequence,
      // DTSTAMP is when this version was made: the last change, not the download.
      stamp: picket.updatedAt,
      lastModified: picket.updatedAt,
      created: picket.createdAt,
      start: picket.startsAt,
      end: picket.endsAt,
      summary: picket.title,
      description: description(picket, url),
      // With coordinates the library writes the venue as the first line of LOCATION and the
      // address after it, so the address part leaves the venue out rather than say it twice.
      location:
        picket.lat !== null && picket.lon !== null
          ? { title: picket.venue, address: addressOf(picket, 'en'), geo: { lat: picket.lat, lon: picket.lon } }
          : placeOf(picket, 'en'),
      url,
      status: picket.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
