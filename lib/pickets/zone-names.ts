// Which zone a city names, on its own: the picket form's script runs this very module in the
// browser (public/rules/zone-names.js, compiled from it by scripts/browser-rules.ts), so it
// imports nothing and needs no Intl data.

/** The zone of `zones` named after the city ("New York" → America/New_York), if any. */
export function zoneNamedAfter(zones: readonly string[], city: string | undefined): string | null {
  const wanted = city?.trim().toLowerCase();
  if (!wanted) return null;
  return zones.find((z) => z.split('/').pop()!.replaceAll('_', ' ').toLowerCase() === wanted) ?? null;
}
