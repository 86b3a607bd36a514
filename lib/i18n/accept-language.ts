import { defaultLocale, isLocale, type Locale } from './locales';

/**
 * The first of our languages in an Accept-Language header, by the weights the browser gave
 * ("kk-KZ,ru;q=0.8,en;q=0.5" → kk); null when it names none of them. Region subtags are ignored:
 * ru-RU and ru-KZ both read Russian.
 */
export function acceptedLocale(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    // A browser sends a handful; anything longer is not a browser, so read only the start.
    .slice(0, 500)
    .split(',')
    .map((part, order) => {
      const [range = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { language: range.trim().toLowerCase().split('-')[0], weight: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  for (const r of ranked) {
    if (isLocale(r.language)) return r.language;
    // "*" accepts anything: our default then.
    if (r.language === '*') return defaultLocale;
  }
  return null;
}
