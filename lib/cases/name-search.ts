// Names of the same person reach us as Кушакбаев, Қушақбаев, Kushakbayev, Kushakbaev, Qushaqbaev and
// (in one article) Kashakbayev. Every stored spelling and every query is reduced to one Latin
// skeleton so that any of them finds the person, whatever script or transliteration was typed.

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z',
  и: 'i', й: 'i', і: 'i', к: 'k', қ: 'k', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'u', ү: 'u', ф: 'f', х: 'h', һ: 'h', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Longest accepted query; anything longer is cut, never an error. */
export const MAX_QUERY_LENGTH = 200;
const MAX_TOKENS = 6;
// Words are runs of letters; spaces, hyphens, apostrophes, digits and markup all separate them.
const NOT_LETTERS = /[^\p{L}\p{M}]+/u;

function transliterate(word: string): string {
  let out = '';
  for (const ch of word) out += CYRILLIC_TO_LATIN[ch] ?? ch;
  return out;
}

/** The search skeleton of one word: Latin letters only, with spelling variants folded together. */
export function wordKey(word: string): string {
  let key = transliterate(word.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, ''))
    .normalize('NFKD')
    .replace(/[^a-z]/g, '');
  key = key
    .replace(/kh/g, 'h')
    .replace(/q/g, 'k')
    .replace(/x/g, 'h')
    .replace(/w/g, 'v')
    .replace(/j/g, 'i')
    .replace(/y/g, 'i')
    // Ye-/Ya- at the start and -aye- inside are the same sound as E-/A- and -ae- in other systems.
    .replace(/^i(?=[aeiou])/, '')
    .replace(/([aeiou])i(?=[aeiou])/g, '$1')
    .replace(/(.)\1+/g, '$1');
  return key;
}

/** The stored key of a full name: word keys separated by single spaces. */
export function nameKey(name: string): string {
  return name
    .split(NOT_LETTERS)
    .map(wordKey)
    .filter(Boolean)
    .join(' ');
}

/** The words of a query as keys; empty when the query has no letters at all. */
export function queryKeys(query: string): string[] {
  const keys = query
    .slice(0, MAX_QUERY_LENGTH)
    .split(NOT_LETTERS)
    .map(wordKey)
    .filter((k) => k.length > 0);
  return [...new Set(keys)].slice(0, MAX_TOKENS);
}

export function detectScript(name: string): 'latin' | 'cyrillic' {
  return /\p{Script=Cyrillic}/u.test(name) ? 'cyrillic' : 'latin';
}
