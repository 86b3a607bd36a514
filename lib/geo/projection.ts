import type { Feature, MultiPoint, MultiPolygon, Polygon } from 'geojson';
import { geoAzimuthalEqualArea, geoNaturalEarth1, geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import { countryShapes, type Detail } from './shapes';

export type Region = 'world' | 'europe';

type Frame = { width: number; height: number; detail: Detail; projection: () => GeoProjection };

// Europe as the campaign means it: from Iceland and Portugal to Kazakhstan and Central Asia.
const EUROPE_WEST = -25;
const EUROPE_EAST = 88;
const EUROPE_SOUTH = 34;
const EUROPE_NORTH = 70;

/** Points along the edge of a lon/lat box, so a fitted projection keeps the whole box in view. */
function boxOutline(west: number, east: number, south: number, north: number): MultiPoint {
  const coordinates: [number, number][] = [];
  for (let lon = west; lon <= east; lon += 1) coordinates.push([lon, south], [lon, north]);
  for (let lat = south; lat <= north; lat += 1) coordinates.push([west, lat], [east, lat]);
  return { type: 'MultiPoint', coordinates };
}

const FRAMES: Record<Region, Frame> = {
  world: {
    width: 960,
    height: 500,
    detail: 'coarse',
    projection: () => geoNaturalEarth1().fitExtent([[4, 4], [956, 496]], { type: 'Sphere' }),
  },
  europe: {
    width: 800,
    height: 560,
    detail: 'fine',
    projection: () =>
      geoAzimuthalEqualArea()
        .rotate([-(EUROPE_WEST + EUROPE_EAST) / 2, -(EUROPE_SOUTH + EUROPE_NORTH) / 2])
        .fitExtent([[4, 4], [796, 556]], boxOutline(EUROPE_WEST, EUROPE_EAST, EUROPE_SOUTH, EUROPE_NORTH))
        .clipExtent([[0, 0], [800, 560]]),
  },
};

// Islands smaller than this many square pixels of the viewBox cannot be seen but weigh most of the
// path data (Norway's coast, the Arctic, the Aegean); a country's largest part is always kept.
const SPECK_AREA = 2;

function withoutSpecks(shape: Feature<Polygon | MultiPolygon>, path: GeoPath): Feature<Polygon | MultiPolygon> {
  if (shape.geometry.type !== 'MultiPolygon') return shape;
  const parts = shape.geometry.coordinates.map((coordinates) => ({
    coordinates,
    area: path.area({ type: 'Polygon', coordinates }),
  }));
  const largest = Math.max(...parts.map((p) => p.area));
  const kept = parts.filter((p) => p.area >= SPECK_AREA || p.area === largest).map((p) => p.coordinates);
  return { ...shape, geometry: { type: 'MultiPolygon', coordinates: kept } };
}

/** Drops a line to the point the pen is already on: at whole pixels, most points of a coast are. */
export function withoutRepeats(d: string): string {
  let previous = '';
  return d.replace(/([MLZ])([^MLZ]*)/g, (command: string, letter: string, point: string) => {
    if (letter === 'L' && point === previous) return '';
    previous = letter === 'Z' ? '' : point;
    return command;
  });
}

export type CountryPath = { code: string | null; name: string; d: string };
export type ProjectedRegion = { width: number; height: number; project: (lon: number, lat: number) => [number, number] | null; countries: CountryPath[] };

const projected = new Map<Region, ProjectedRegion>();

/**
 * The region's country outlines as SVG path data in its own viewBox, computed once per process:
 * the shapes never change, only their shading does.
 */
export function projectRegion(region: Region): ProjectedRegion {
  const hit = projected.get(region);
  if (hit) return hit;
  const frame = FRAMES[region];
  const projection = frame.projection();
  // Whole pixels of the viewBox: finer only makes the page heavier (it is sent inline every time).
  const path = geoPath(projection).digits(0);
  const countries: CountryPath[] = [];
  for (const shape of countryShapes(frame.detail)) {
    const d = withoutRepeats(path(withoutSpecks(shape.geometry, path)) ?? '');
    if (d) countries.push({ code: shape.code, name: shape.name, d });
  }
  const project = (lon: number, lat: number): [number, number] | null => {
    const point = projection([lon, lat]);
    if (!point) return null;
    const [x, y] = point;
    if (!Number.isFinite(x) || !Number.isFinite(y) || x < 0 || y < 0 || x > frame.width || y > frame.height) return null;
    return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
  };
  const result = { width: frame.width, height: frame.height, project, countries };
  projected.set(region, result);
  return result;
}
