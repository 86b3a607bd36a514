import type { SignErrorKey } from '@/lib/petitions/forms';

// The rule for a letter's text, on its own so that the browser runs the very same check before a
// submit as the server does after, without zod (some 30 KB of gzip): public/letter-check.js imports
// this module compiled (public/rules/letter-text.js, by scripts/browser-rules.ts), so it imports
// nothing at run time.

/** The letter's length, in characters, as the form states it and the server enforces it. */
export const LETTER_MIN = 50;
export const LETTER_MAX = 5000;
/** A letter is someone's own words: at least this many letters once links are taken out. */
const WORDS_BESIDES_LINKS = 40;

export type LetterErrorKey = SignErrorKey | 'tooShort' | 'html' | 'allLinks' | 'noTarget' | 'unknownTarget' | 'noEmbassy' | 'anonymousNotAllowed' | 'unknownSignature';

// Control characters but line breaks and tabs, and the Unicode separators and bidi overrides that can
// disguise text (as for petition comments).
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
// Anything that reads as markup: a tag, a comment, a doctype, or an entity a client would decode.
const MARKUP = /<\s*[a-z!/?]|&(#\d+|#x[0-9a-f]+|[a-z]+);/i;
const LINK = /\b(?:https?:\/\/|www\.)\S+/gi;

export type LetterCheck = { ok: true; text: string } | { ok: false; error: LetterErrorKey };

/**
 * The first thing wrong with a letter's text, or the text as it is kept (line breaks made plain,
 * three or more in a row made two, trailing blanks cut). Plain code, not a schema: the browser runs
 * it before a submit without zod, and `letterBody` (lib/letters/forms.ts) is this same function.
 */
export function checkLetter(raw: unknown): LetterCheck {
  const fail = (error: LetterErrorKey): LetterCheck => ({ ok: false, error });
  if (typeof raw !== 'string') return fail('required');
  // Huge input is refused before any pattern runs on it.
  if (raw.length > LETTER_MAX * 2) return fail('tooLong');
  if (CONTROL_BUT_LINES.test(raw)) return fail('controlCharacters');
  const text = raw.replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  if (text.length === 0) return fail('required');
  if (text.length < LETTER_MIN) return fail('tooShort');
  if (text.length > LETTER_MAX) return fail('tooLong');
  if (MARKUP.test(text)) return fail('html');
  if ((text.replace(LINK, ' ').match(/\p{L}/gu)?.length ?? 0) < WORDS_BESIDES_LINKS) return fail('allLinks');
  return { ok: true, text };
}
