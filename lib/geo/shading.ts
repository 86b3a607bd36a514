// Light to dark, so more reads as more; countries with nothing stay a warm grey apart from the scale.
export const SHADES = ['#d6e4f0', '#a9c6e0', '#6f9fcb', '#3b74ad', '#1a4a80'] as const;
export const NO_DATA = '#eceae6';

export type Bucket = { from: number; to: number; fill: string };

/**
 * Bucket limits for the legend: steps grow geometrically up to the largest value, because a few
 * countries hold most signatures and equal steps would put every other country in the first one.
 */
export function shadingBuckets(max: number, steps = SHADES.length): Bucket[] {
  if (!(max >= 1)) return [];
  const n = Math.min(steps, SHADES.length, Math.max(1, Math.floor(max)));
  const buckets: Bucket[] = [];
  let from = 1;
  for (let i = 1; i <= n; i++) {
    const to = i === n ? Math.floor(max) : Math.max(from, Math.round(Math.pow(max, i / n)));
    buckets.push({ from, to, fill: SHADES[Math.round(((i - 1) * (SHADES.length - 1)) / Math.max(1, n - 1))]! });
    from = to + 1;
    if (from > max) break;
  }
  return buckets;
}

/** The fill for a country's number: no shade for nothing, otherwise the bucket it falls in. */
export function shadeFor(value: number | undefined, buckets: Bucket[]): string {
  if (!value || value <= 0) return NO_DATA;
  for (const b of buckets) if (value <= b.to) return b.fill;
  return buckets.at(-1)?.fill ?? NO_DATA;
}
