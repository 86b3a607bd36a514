import type { EmbassySeed } from '@/lib/pickets/organise';

/**
 * Kazakhstan's missions in a few European capitals, each with the page its address was read from.
 * Coordinates are the street's position to about 100 m, enough for the map and a calendar's GEO;
 * organisers correct any of it at /admin/embassies.
 */
export const embassyList: EmbassySeed[] = [
  {
    kind: 'embassy',
    name: 'Embassy of the Republic of Kazakhstan (Kazakhstan House)',
    city: 'London',
    country: 'GB',
    address: '125 Pall Mall, London SW1Y 5EA',
    lat: 51.5077,
    lon: -0.1318,
    sourceUrl: 'http://kazembassy.org.uk/en/articles/article/318',
    checkedOn: '2026-11-29',
  },
  {
    kind: 'embassy',
    name: 'Embassy of the Republic of Kazakhstan',
    city: 'Berlin',
    country: 'DE',
    address: 'Nordendstraße 14-17, 13156 Berlin',
    lat: 52.5873,
    lon: 13.3979,
    sourceUrl: 'http://botschaft-kaz.de/de/index.php?option=com_content&view=category&layout=blog&id=5&Itemid=6',
    checkedOn: '2026-11-29',
  },
  {
    kind: 'consulate',
    name: 'Consulate General of the Republic of Kazakhstan',
    city: 'Frankfurt am Main',
    country: 'DE',
    address: 'Beethovenstraße 17, 60325 Frankfurt am Main',
    lat: 50.1175,
    lon: 8.6585,
    sourceUrl: 'http://botschaft-kaz.de/de/index.php?option=com_content&view=category&layout=blog&id=5&Itemid=6',
    checkedOn: '2026-11-29',
  },
];
