import { projectRegion, type Region } from '@/lib/geo/projection';
import { NO_DATA, shadeFor, shadingBuckets } from '@/lib/geo/shading';

export type MapMark = { lat: number; lon: number; label: string; href?: string };

type Props = {
  region: Region;
  /** The map's accessible name: what it shows, e.g. "Signatures by country". */
  label: string;
  /** A number per ISO 3166-1 alpha-2 code; countries with a number are shaded by it. */
  values?: Record<string, number>;
  marks?: MapMark[];
  /** Heading of the legend, e.g. "Signatures"; the legend is drawn only with values. */
  legendLabel?: string;
  locale?: string;
  className?: string;
};

/**
 * A map drawn on the server as inline SVG: no script, no tiles, no request to anyone. The shapes
 * are decoration for sighted readers; a page that shades countries also shows the numbers as a
 * table, which is the alternative for everyone else.
 */
export function GeoMap({ region, label, values, marks = [], legendLabel, locale = 'en', className }: Props) {
  const map = projectRegion(region);
  const max = values ? Math.max(0, ...Object.values(values)) : 0;
  const buckets = shadingBuckets(max);
  const number = new Intl.NumberFormat(locale);
  const placed = marks.flatMap((m) => {
    const at = map.project(m.lon, m.lat);
    return at ? [{ ...m, x: at[0], y: at[1] }] : [];
  });
  // Links inside role="img" would be hidden from assistive technology, so a map with links is a
  // labelled group whose shapes are hidden and whose links keep their own names.
  const interactive = placed.some((m) => m.href);

  return (
    <figure className={['geo-map', className].filter(Boolean).join(' ')}>
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        role={interactive ? 'group' : 'img'}
        aria-label={label}
        xmlns="http://www.w3.org/2000/svg"
      >
        <g aria-hidden="true" stroke="#8a8a8a" strokeWidth="0.5" strokeLinejoin="round">
          {map.countries.map((c, i) => (
            <path
              key={`${c.code ?? c.name}-${i}`}
              d={c.d}
              fill={c.code && values ? shadeFor(values[c.code], buckets) : NO_DATA}
              data-country={c.code ?? undefined}
            />
          ))}
        </g>
        {placed.map((m, i) => {
          const dot = (
            <>
              <circle cx={m.x} cy={m.y} r="5" fill="#b3261e" stroke="#fff" strokeWidth="1.5" />
              <text x={m.x + 8} y={m.y + 4} fontSize="13" fill="#1a1a1a" stroke="#fff" strokeWidth="3" paintOrder="stroke">
                {m.label}
              </text>
            </>
          );
          return m.href ? (
            <a key={i} href={m.href} aria-label={m.label}>
              {dot}
            </a>
          ) : (
            <g key={i} aria-hidden={interactive ? 'true' : undefined}>
              {dot}
            </g>
          );
        })}
      </svg>
      {buckets.length > 0 && legendLabel ? (
        <figcaption className="geo-legend">
          <span>{legendLabel}:</span>
          <ul>
            {buckets.map((b) => (
              <li key={b.from}>
                <span className="swatch" style={{ background: b.fill }} aria-hidden="true" />
                {b.from === b.to ? number.format(b.from) : `${number.format(b.from)}–${number.format(b.to)}`}
              </li>
            ))}
          </ul>
        </figcaption>
      ) : null}
    </figure>
  );
}

/**
 * The same shaded map drawn by the server as an image file (lib/geo/svg.ts), with its legend here:
 * for a page that is read often, whose HTML should not carry the shapes (nor its RSC payload again).
 */
export function GeoMapImage({ src, label, values, legendLabel, locale = 'en' }: { src: string; label: string; values: Record<string, number>; legendLabel: string; locale?: string }) {
  const buckets = shadingBuckets(Math.max(0, ...Object.values(values)));
  const number = new Intl.NumberFormat(locale);
  const { width, height } = projectRegion('world');
  return (
    <figure className="geo-map">
      {/* eslint-disable-next-line @next/next/no-img-element -- an SVG of our own, no optimisation to gain */}
      <img src={src} alt={label} width={width} height={height} loading="lazy" />
      {buckets.length > 0 ? (
        <figcaption className="geo-legend">
          <span>{legendLabel}:</span>
          <ul>
            {buckets.map((b) => (
              <li key={b.from}>
                <span className="swatch" style={{ background: b.fill }} aria-hidden="true" />
                {b.from === b.to ? number.format(b.from) : `${number.format(b.from)}–${number.format(b.to)}`}
              </li>
            ))}
          </ul>
        </figcaption>
      ) : null}
    </figure>
  );
}
