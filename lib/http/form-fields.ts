import { notFound } from 'next/navigation';
// What a submitted form may turn into: a record whose keys are the field names the visitor chose.
// Such keys must never reach an object's prototype (`__proto__.x`, `constructor.prototype`), so
// every record built from them has no prototype and the three names that reach one are refused.

const PROTOTYPE_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether a field name (or one `.` part of it) may become an object key. */
export function isSafeFieldName(name: string): boolean {
  return name.length > 0 && name.length <= 200 && !PROTOTYPE_NAMES.has(name);
}

/** An empty record with no prototype: no key written into it can reach Object.prototype. */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The last text value of each field of a form post, files and unsafe names left out. */
export function formFields(form: FormData): Record<string, string> {
  const out = emptyRecord<string>();
  // A server action can be called with any argument: a forged one is no form at all.
  if (!(form instanceof FormData)) return out;
  for (const [key, value] of form.entries()) if (typeof value === 'string' && isSafeFieldName(key)) out[key] = value;
  return out;
}

/** Longest token or slug an action puts back into a redirect: ours are far shorter. */
const MAX_ECHOED = 256;

/**
 * Whether a value a server action got may go into a redirect's Location (and Next's
 * x-action-redirect) header: a short string of URL-safe characters. A forged call may send
 * anything — CR/LF, NUL, non-ASCII, a megabyte — which would otherwise end in a 500 or a header
 * no proxy passes.
 */
export function isEchoableToken(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ECHOED && /^[A-Za-z0-9._~-]+$/.test(value);
}

/**
 * The FormData a server action was called with. Actions are public endpoints: a forged call may
 * pass any arguments, of any type and number; anything but a form is answered 404.
 */
export function requireForm(value: unknown): FormData {
  if (!(value instanceof FormData)) notFound();
  return value;
}
