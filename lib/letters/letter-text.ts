import { z } from 'zod';
import type { SignErrorKey } from '@/lib/petitions/forms';

// The rule for a letter's text, on its own so that the browser runs the very same check before a
// submit (the form imports it) as the server does after.

/** The letter's length, in characters, as the form states it and the server enforces it. */
export const LETTER_MIN = 50;
export const LETTER_MAX = 5000;
/** A letter is someone's own words: at least this many letters once links are taken out. */
const WORDS_BESIDES_LINKS = 40;

export type LetterErrorKey = SignErrorKey | 'tooShort' | 'html' | 'allLinks' | 'noTarget' | 'unknownTarget' | 'noEmbassy' | 'anonymousNotAllowed' | 'unknownSignature';

const err = (key: LetterErrorKey) => ({ error: key });

// Control characters but line breaks and tabs, and the Unicode separators and bidi overrides that can
// disguise text (as for petition comments).
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
// Anything that reads as markup: a tag, a comment, a doctype, or an entity a client would decode.
const MARKUP = /<\s*[a-z!/?]|&(#\d+|#x[0-9a-f]+|[a-z]+);/i;
const LINK = /\b(?:https?:\/\/|www\.)\S+/gi;

export const letterBody = z
  .string(err('required'))
  .max(LETTER_MAX * 2, err('tooLong')) // refuse huge input before any pattern runs on it
  .refine((v) => !CONTROL_BUT_LINES.test(v), err('controlCharacters'))
  .transform((v) => v.replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim())
  .pipe(
    z
      .string()
      .min(1, err('required'))
      .min(LETTER_MIN, err('tooShort'))
      .max(LETTER_MAX, err('tooLong'))
      .refine((v) => !MARKUP.test(v), err('html'))
      .refine((v) => (v.replace(LINK, ' ').match(/\p{L}/gu)?.length ?? 0) >= WORDS_BESIDES_LINKS, err('allLinks')),
  );
