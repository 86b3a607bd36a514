import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { numericToAlpha2 } from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import coarse from 'world-atlas/countries-110m.json';
import fine from 'world-atlas/countries-50m.json';

export type Detail = 'coarse' | 'fine';

export type CountryShape = {
  /** ISO 3166-1 alpha-2, or null for areas without one (Kosovo, Somaliland, N. Cyprus…). */
  code: string | null;
  name: string;
  geometry: Feature<Polygon | MultiPolygon>;
};

const topologies: Record<Detail, unknown> = { coarse, fine };
const cache = new Map<Detail, CountryShape[]>();

/**
 * Country outlines from Natural Earth (world-atlas): 1:110m for the world, 1:50m where small
 * countries must show (Europe). world-atlas names countries by ISO numeric code; we speak alpha-2.
 */
export function countryShapes(detail: Detail): CountryShape[] {
  let shapes = cache.get(detail);
  if (!shapes) {
    const topology = topologies[detail] as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const collection = feature(topology, topology.objects.countries);
    shapes = collection.features.map((f) => ({
      code: f.id === undefined ? null : (numericToAlpha2(String(f.id)) ?? null),
      name: f.properties?.name ?? '',
      geometry: f as Feature<Polygon | MultiPolygon>,
    }));
    cache.set(detail, shapes);
  }
  return shapes;
}
