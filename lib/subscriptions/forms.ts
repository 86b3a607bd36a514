import { z } from 'zod';
import { locales } from '@/lib/i18n/locales';

/**
 * A subscription as a visitor asks for it (profile, home page, API): one schema for the form and the
 * action. Error messages are keys of `Subscribe.errors` in messages/, shown in the visitor's language.
 */
export type SubscribeErrorKey = 'required' | 'tooLong' | 'invalidEmail' | 'invalidLanguage' | 'unknownCase';
const err = (key: SubscribeErrorKey) => ({ error: key });

/** "all" follows every case; anything else is a case's slug. */
export const ALL_CASES = 'all';

export const subscribeSchema = z.object({
  email: z
    .string(err('required'))
    .max(600, err('tooLong'))
    .transform((v) => v.trim())
    .pipe(z.string().min(1, err('required')).max(254, err('tooLong')).pipe(z.email(err('invalidEmail')))),
  language: z.enum(locales, err('invalidLanguage')),
  case: z.string(err('unknownCase')).trim().min(1, err('unknownCase')).max(200, err('unknownCase')),
});

export type SubscribeInput = z.output<typeof subscribeSchema>;
export type SubscribeFields = keyof SubscribeInput;
export type SubscribeErrors = Partial<Record<SubscribeFields, SubscribeErrorKey>>;
export type SubscribeValues = Partial<Record<SubscribeFields, string>>;

export type SubscribeFormState = { errors: SubscribeErrors; values: SubscribeValues } | null;

export function parseSubscribeInput(raw: unknown): { ok: true; input: SubscribeInput } | { ok: false; errors: SubscribeErrors } {
  const parsed = subscribeSchema.safeParse(raw);
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors: SubscribeErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as SubscribeFields;
    errors[field] ??= issue.message as SubscribeErrorKey;
  }
  return { ok: false, errors };
}

export function echoSubscribe(raw: Record<string, unknown>): SubscribeValues {
  const out: SubscribeValues = {};
  for (const key of ['email', 'language', 'case'] as const) if (typeof raw[key] === 'string') out[key] = (raw[key] as string).slice(0, 600);
  return out;
}

// The preferences page's form: the language of the mails and the cases followed.
export const preferencesSchema = z.object({
  language: z.enum(locales, { error: 'invalidLanguage' }),
  follow: z.array(z.string().max(200)).max(500).default([]),
});
