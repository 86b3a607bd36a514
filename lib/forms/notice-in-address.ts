import en from '@/messages/en.json';
import { isFieldErrorKey, type FieldError } from './field-error';
import type { Done } from './form-input';

// What a dashboard button did, carried in the address of the page it goes back to (a plain form
// post answered with a redirect): a key of `Admin.done` or `Admin.errors` and the numbers it
// states, never words. The page puts it in the organiser's language, and nobody can make one of
// our pages say a text of their own by sending a link to it.

export type AddressNotice = { done: Done } | { error: FieldError };
type Query = Record<string, string | string[] | undefined>;

const DONE_KEYS = new Set(Object.keys(en.Admin.done));
const VALUE = /^n\.([a-z][a-zA-Z]{0,30})$/;

const isDoneKey = (value: unknown): value is Done['key'] => typeof value === 'string' && DONE_KEYS.has(value);

/** The query string for a notice: `done=digestSent&n.digests=2&n.letters=4`. Only numbers go along. */
export function noticeQuery(notice: AddressNotice): string {
  const [kind, key, values] = 'done' in notice ? (['done', notice.done.key, notice.done.values] as const) : (['error', notice.error.key, notice.error.values] as const);
  const params = new URLSearchParams({ [kind]: key });
  for (const [name, value] of Object.entries(values ?? {})) if (typeof value === 'number') params.set(`n.${name}`, String(value));
  return params.toString();
}

/** The notice a page's address carries, if it is one of ours; anything else is ignored. */
export function noticeFrom(query: Query): AddressNotice | null {
  // Own data properties only (fromEntries), and names of letters: no key reaches a prototype.
  const values = Object.fromEntries(
    Object.entries(query).flatMap(([name, raw]) => {
      const match = VALUE.exec(name);
      return match && typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? [[match[1]!, Number(raw)] as const] : [];
    }),
  );
  const withValues = Object.keys(values).length > 0 ? { values } : {};
  if (isDoneKey(query.done)) return { done: { key: query.done, ...withValues } };
  if (isFieldErrorKey(query.error)) return { error: { key: query.error, ...withValues } };
  return null;
}
