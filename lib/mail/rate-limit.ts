import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Spaces requests evenly at `perSecond` within this process, and holds them all back when the
 * provider says its limit is reached (429, or `ratelimit-remaining: 0`).
 */
export class RateLimiter {
  private nextSlot = 0;
  private pausedUntil = 0;

  constructor(private readonly perSecond: number) {}

  /** Waits for a slot; returns false without waiting when none is free before `deadline`. */
  async take(deadline = Infinity): Promise<boolean> {
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot, this.pausedUntil);
    if (slot > deadline) return false;
    this.nextSlot = slot + 1000 / this.perSecond;
    if (slot > now) await sleep(slot - now);
    return true;
  }

  pauseFor(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms);
  }
}
