import { describe, expect, it } from 'vitest';
import { isTimeZone, localDate, utcToZonedInput, zonedToUtc } from '@/lib/pickets/time';

describe('picket times', () => {
  it('reads a local time in the place’s zone, summer and winter', () => {
    expect(zonedToUtc('2026-12-16T12:00', 'Europe/London')!.toISOString()).toBe('2026-12-16T12:00:00.000Z');
    expect(zonedToUtc('2026-07-01T12:00', 'Europe/London')!.toISOString()).toBe('2026-07-01T11:00:00.000Z');
    expect(zonedToUtc('2026-12-16T12:00', 'Europe/Berlin')!.toISOString()).toBe('2026-12-16T11:00:00.000Z');
    expect(zonedToUtc('2026-12-16T12:00', 'America/New_York')!.toISOString()).toBe('2026-12-16T17:00:00.000Z');
  });

  it('round-trips through the form value', () => {
    for (const zone of ['Europe/London', 'Europe/Berlin', 'Asia/Almaty', 'America/Los_Angeles']) {
      const at = zonedToUtc('2026-10-25T09:30', zone)!;
      expect(utcToZonedInput(at, zone)).toBe('2026-10-25T09:30');
    }
  });

  it('refuses dates that do not exist and text that is not a date', () => {
    expect(zonedToUtc('2026-02-30T12:00', 'Europe/London')).toBeNull();
    expect(zonedToUtc('2026-12-16T24:00', 'Europe/London')).toBeNull();
    expect(zonedToUtc('16.12.2026 12:00', 'Europe/London')).toBeNull();
  });

  it('knows named zones only', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Europe/Atlantis')).toBe(false);
    expect(isTimeZone('+01:00')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('gives the local date, which groups a day of action', () => {
    // 23:30 UTC on the 15th is already the 16th in Almaty.
    expect(localDate(new Date('2026-12-15T23:30:00Z'), 'Asia/Almaty')).toBe('2026-12-16');
    expect(localDate(new Date('2026-12-15T23:30:00Z'), 'Europe/London')).toBe('2026-12-15');
  });
});
