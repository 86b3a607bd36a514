/**
 * Times of a picket: people enter the local time of the place ("16 December, 12:00 in London"),
 * the database stores the instant in UTC, and pages show it in the picket's own zone again.
 */

const zoneCheck = new Map<string, boolean>();

/** True for a time zone the platform's ICU data knows (an IANA name such as Europe/Berlin). */
export function isTimeZone(value: string): boolean {
  let known = zoneCheck.get(value);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      // Intl also takes offsets such as "+01:00"; a picket needs a named zone for its daylight saving.
      known = /^[A-Za-z]+(\/[A-Za-z0-9_+-]+)+$/.test(value) || value === 'UTC';
    } catch {
      known = false;
    }
    if (zoneCheck.size < 1000) zoneCheck.set(value, known);
  }
  return known;
}

let zoneList: string[] | undefined;

/** Every named zone, for the form's list. */
export function timeZoneOptions(): string[] {
  zoneList ??= Intl.supportedValuesOf('timeZone');
  return zoneList;
}

/** A `datetime-local` value: 2026-12-16T12:00 (seconds allowed). */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a local wall-clock time in `timeZone` names, or null for text that is not a date.
 * A time skipped by a daylight-saving jump is taken as the instant just after the jump.
 */
export function zonedToUtc(local: string, timeZone: string): Date | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(wall);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  let instant = wall - offsetAt(wall, timeZone);
  instant = wall - offsetAt(instant, timeZone);
  return new Date(instant);
}

/** The `datetime-local` value of an instant in `timeZone`, to fill a form with. */
export function utcToZonedInput(at: Date, timeZone: string): string {
  const shifted = new Date(at.getTime() + offsetAt(at.getTime(), timeZone));
  return shifted.toISOString().slice(0, 16);
}

/** The calendar date (YYYY-MM-DD) of an instant in `timeZone`: pickets of one date form a day of action. */
export function localDate(at: Date, timeZone: string): string {
  return utcToZonedInput(at, timeZone).slice(0, 10);
}

/**
 * When a picket takes place, as every page and mail prints it: the start and end in the picket's
 * own zone, and the zone named, so nobody abroad reads it in their own time: "Saturday,
 * 5 December 2026, 15:00–17:00 (Europe/Berlin)". Without an end (a mail queued before ends
 * were sent), the start alone.
 */
export function picketWhen(startsAt: Date | string, endsAt: Date | string | undefined, timeZone: string, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone });
  const start = new Date(startsAt);
  const text = endsAt === undefined ? format.format(start) : format.formatRange(start, new Date(endsAt));
  return `${text} (${timeZone.replaceAll('_', ' ')})`;
}
