import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { GeoMap } from '@/components/geo-map';
import { projectRegion, withoutRepeats } from '@/lib/geo/projection';
import { countryShapes } from '@/lib/geo/shapes';
import { NO_DATA, SHADES, shadeFor, shadingBuckets } from '@/lib/geo/shading';
import { COUNTRY_CODES } from '@/lib/countries';

const codes = (region: 'world' | 'europe') => new Set(projectRegion(region).countries.map((c) => c.code));

describe('country shapes', () => {
  it('names Natural Earth countries by ISO 3166-1 alpha-2 codes from our country list', () => {
    const shapes = countryShapes('coarse');
    const named = shapes.filter((s) => s.code);
    expect(named.length).toBeGreaterThan(160);
    for (const s of named) expect(COUNTRY_CODES).toContain(s.code);
    expect(shapes.find((s) => s.code === 'KZ')?.name).toBe('Kazakhstan');
  });
});

describe('map regions', () => {
  it('draws Europe from Iceland and Portugal to Kazakhstan and Central Asia, and not the Americas', () => {
    const europe = codes('europe');
    for (const code of ['IS', 'PT', 'GB', 'DE', 'UA', 'RU', 'TR', 'GE', 'KZ', 'UZ', 'KG', 'TJ', 'TM', 'LU', 'MT']) expect(europe).toContain(code);
    for (const code of ['US', 'BR', 'AU', 'ZA']) expect(europe).not.toContain(code);
  });

  it('draws every continent on the world map', () => {
    const world = codes('world');
    for (const code of ['US', 'BR', 'AU', 'ZA', 'KZ', 'JP', 'GB']) expect(world).toContain(code);
  });

  it('places a mark in the viewBox where the region shows it, and nowhere where it does not', () => {
    const europe = projectRegion('europe');
    const almaty = europe.project(76.89, 43.24);
    const berlin = europe.project(13.4, 52.52);
    expect(almaty).not.toBeNull();
    expect(berlin).not.toBeNull();
    expect(almaty![0]).toBeGreaterThan(berlin![0]);
    expect(almaty![1]).toBeGreaterThan(berlin![1]);
    expect(europe.project(-74, 40.7)).toBeNull();
    const newYork = projectRegion('world').project(-74, 40.7);
    expect(newYork![0]).toBeLessThan(projectRegion('world').project(76.89, 43.24)![0]);
  });
});

describe('shading', () => {
  it('grows its steps geometrically so the largest value alone reaches the darkest shade', () => {
    const buckets = shadingBuckets(1000);
    expect(buckets.map((b) => [b.from, b.to])).toEqual([
      [1, 4],
      [5, 16],
      [17, 63],
      [64, 251],
      [252, 1000],
    ]);
    expect(shadeFor(1000, buckets)).toBe(SHADES[4]);
    expect(shadeFor(3, buckets)).toBe(SHADES[0]);
    expect(shadeFor(100, buckets)).toBe(SHADES[3]);
  });

  it('uses fewer steps than shades when there are few signatures, still from lightest to darkest', () => {
    expect(shadingBuckets(2).map((b) => [b.from, b.to, b.fill])).toEqual([
      [1, 1, SHADES[0]],
      [2, 2, SHADES[4]],
    ]);
    expect(shadingBuckets(0)).toEqual([]);
  });

  it('leaves countries with no number unshaded', () => {
    const buckets = shadingBuckets(10);
    expect(shadeFor(undefined, buckets)).toBe(NO_DATA);
    expect(shadeFor(0, buckets)).toBe(NO_DATA);
  });
});

describe('GeoMap', () => {
  it('is an image with a name, shading the countries that have numbers', () => {
    const html = renderToStaticMarkup(
      createElement(GeoMap, { region: 'europe', label: 'Signatures by country', values: { KZ: 40, DE: 1 }, legendLabel: 'Signatures' }),
    );
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="Signatures by country"');
    expect(html).toMatch(new RegExp(`fill="${SHADES[4]}" data-country="KZ"`));
    expect(html).toMatch(new RegExp(`fill="${SHADES[0]}" data-country="DE"`));
    expect(html).toMatch(new RegExp(`fill="${NO_DATA}" data-country="FR"`));
    expect(html).toContain('geo-legend');
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('becomes a labelled group when a mark links somewhere, with the link named by its label', () => {
    const html = renderToStaticMarkup(
      createElement(GeoMap, { region: 'europe', label: 'Pickets', marks: [{ lat: 51.5, lon: -0.13, label: 'London picket', href: '/en/pickets/london' }] }),
    );
    expect(html).toContain('role="group"');
    expect(html).toContain('<a href="/en/pickets/london" aria-label="London picket">');
  });

  it('leaves out marks the region does not show', () => {
    const html = renderToStaticMarkup(createElement(GeoMap, { region: 'europe', label: 'Pickets', marks: [{ lat: 40.7, lon: -74, label: 'New York' }] }));
    expect(html).not.toContain('New York');
  });
});

describe('path data', () => {
  it('drops lines to the point the pen is already on, and nothing else', () => {
    expect(withoutRepeats('M1,1L1,1L2,2L2,2L3,1ZM1,1L1,1Z')).toBe('M1,1L2,2L3,1ZM1,1Z');
  });
});
