import type { SourceSeed } from '../types';

/**
 * Sources the demo content cites by key. Dates of publication are given only where we can back
 * them; the rest are left out rather than guessed.
 */
export const sourceList: SourceSeed[] = [
  {
    key: 'article',
    title: 'From a communist country to a capitalist dictatorship',
    publisher: 'Guestspeaker (blog)',
    language: 'en',
  },
  {
    key: 'freedom-now',
    title: 'Kazakhstan: Release Labor Rights Activist',
    publisher: 'Freedom Now',
    url: 'https://www.freedom-now.org/kazakhstan-release-labor-rights-activist/',
    language: 'en',
  },
  {
    key: 'ituc',
    title: 'Survey of violations of trade union rights — Kazakhstan: two prominent labour leaders',
    publisher: 'International Trade Union Confederation (ITUC)',
    url: 'https://survey.ituc-csi.org/Two-prominent-labour-leaders.html',
    language: 'en',
  },
  {
    key: 'industriall',
    title: 'Kazakhstan: union leader, prisoner of conscience, is released',
    publisher: 'IndustriALL Global Union',
    url: 'https://www.industriall-union.org/kazakhstan-union-leader-prisoner-of-conscience-is-released',
    language: 'en',
  },
  {
    key: 'rferl',
    title: 'Released After 18 Years In Prison, Dissident Kazakh Poet Dies After COVID-19 Hospitalization',
    publisher: 'Radio Free Europe/Radio Liberty',
    url: 'https://www.rferl.org/a/kazakhstan-atabek-dissident-poet-dead/31577362.html',
    language: 'en',
  },
  {
    key: 'wikipedia-atabek',
    title: 'Aron Atabek',
    publisher: 'Wikipedia',
    url: 'https://en.wikipedia.org/wiki/Aron_Atabek',
    language: 'en',
  },
  {
    key: 'undp-2009',
    title: 'National Human Development Report 2009, pp. 103–109',
    publisher: 'UNDP Kazakhstan',
  },
];
