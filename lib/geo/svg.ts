import { projectRegion, type Region } from './projection';
import { NO_DATA, shadeFor, shadingBuckets } from './shading';

/**
 * A shaded map as a standalone SVG document: the same shapes and shades as components/geo-map.tsx,
 * served as an image (a petition's signatures by country), so a page carries an <img> and not
 * some 100 KB of path data twice (in its HTML and again in its RSC payload).
 */
export function shadedMapSvg(region: Region, values: Record<string, number>): string {
  const map = projectRegion(region);
  const buckets = shadingBuckets(Math.max(0, ...Object.values(values)));
  const paths = map.countries
    .map((c) => `<path d="${c.d}" fill="${c.code ? shadeFor(values[c.code], buckets) : NO_DATA}"/>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}">` +
    `<g stroke="#8a8a8a" stroke-width="0.5" stroke-linejoin="round">${paths}</g></svg>`
  );
}
