import type { AuditAction } from '@/db/schema';
import { locales, type Locale } from '@/lib/i18n/locales';

// The audit log in words. An entry stores the record before and after as JSON; these functions
// say what happened ("published the update", "cleared the flag") and list the fields a person
// changed, before → after, leaving out what only the machine reads (ids, cursors, timestamps of
// its own). Plain functions over the stored entry: the page renders them, tests call them.

/** What an organiser did, in the words the log uses; the message `Admin.audit.entries.<entity>` says it. */
export type AuditVerb =
  | 'create'
  | 'update'
  | 'delete'
  | 'export'
  | 'publish'
  | 'schedule'
  | 'unschedule'
  | 'open'
  | 'close'
  | 'deliver'
  | 'clearFlag'
  | 'approve'
  | 'reject'
  | 'cancel'
  | 'revoke'
  | 'invalidate'
  | 'retry'
  | 'photo';

/**
 * The kinds of record the log names, by the table they live in. A kind not listed here (a table
 * added later) is still shown, as "a record".
 */
export const auditEntities = [
  'cases',
  'case_names',
  'case_statuses',
  'charges',
  'sentences',
  'detentions',
  'timeline_events',
  'sources',
  'petitions',
  'paper_counts',
  'signatures',
  'signature_blocks',
  'pickets',
  'embassies',
  'case_updates',
  'organisers',
  'mail_messages',
] as const;
export type AuditEntity = (typeof auditEntities)[number];

export function isAuditEntity(value: unknown): value is AuditEntity {
  return typeof value === 'string' && (auditEntities as readonly string[]).includes(value);
}

type Json = Record<string, unknown>;
const asObject = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});

/** Says which command an update was, from what changed: a status that moved names the command. */
export function auditVerb(entry: { action: AuditAction; entity: string; before: unknown; after: unknown }): AuditVerb {
  if (entry.action !== 'update') return entry.action;
  const before = asObject(entry.before);
  const after = asObject(entry.after);
  const moved = before.status !== after.status ? after.status : undefined;
  switch (entry.entity) {
    case 'case_updates':
      if (moved === 'published') return 'publish';
      if (moved === 'scheduled') return 'schedule';
      if (moved === 'draft') return 'unschedule';
      return 'update';
    case 'petitions':
      if (before.flaggedAt && !after.flaggedAt) return 'clearFlag';
      if (moved === 'open') return 'open';
      if (moved === 'closed') return 'close';
      if (moved === 'delivered') return 'deliver';
      return 'update';
    case 'pickets':
      if (moved === 'approved') return 'approve';
      if (moved === 'rejected') return 'reject';
      if (moved === 'cancelled') return 'cancel';
      return 'update';
    case 'organisers':
      return after.revokedAt && !before.revokedAt ? 'revoke' : 'update';
    case 'signatures':
      return after.flagged && !before.flagged ? 'invalidate' : 'update';
    case 'mail_messages':
      return 'retry';
    case 'cases': {
      const fields = changedFields(before, after);
      return fields.length === 1 && fields[0] === 'photoPath' ? 'photo' : 'update';
    }
    default:
      return 'update';
  }
}

/**
 * The name of the changed record as the entry itself stored it (a title, a name, an address).
 * Case records are named by their case instead, and a petition's signatures by their petition:
 * the caller looks those up.
 */
export function auditRecordName(entity: string, before: unknown, after: unknown): string | null {
  const row = { ...asObject(before), ...asObject(after) };
  const text = (v: unknown): string | null => {
    if (typeof v === 'string' && v) return v;
    const en = asObject(v).en;
    return typeof en === 'string' && en ? en : null;
  };
  switch (entity) {
    case 'cases':
      return text(row.name);
    case 'petitions':
    case 'pickets':
    case 'case_updates':
    case 'sources':
      return text(row.title);
    case 'embassies':
      return text(row.name);
    case 'organisers':
      return text(row.email);
    case 'signature_blocks':
      return text(row.value);
    default:
      return null;
  }
}

/** The petition a signature or a paper count belongs to, when the entry says. */
export function auditPetitionId(entity: string, before: unknown, after: unknown): string | null {
  if (entity !== 'paper_counts' && entity !== 'signatures') return null;
  const id = asObject(after).petitionId ?? asObject(before).petitionId;
  return typeof id === 'string' ? id : null;
}

/** A value as the log shows it: words to look up, a moment, plain text, or nothing. */
export type AuditValue =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'time'; at: string }
  /** A message key, e.g. `Status.paroled`; the page shows the raw value when there is no such message. */
  | { kind: 'message'; key: string; fallback: string; values?: Record<string, string | number> };

export type AuditChange = { field: string; locale?: Locale; before: AuditValue; after: AuditValue };

/** Written by the platform for itself, or secrets: never listed as a change. */
const MACHINE_FIELDS = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'createdBy',
  'fanoutCursor',
  'fanoutFinishedAt',
  'sequence',
  'searchKey',
  'searchKeys',
  'nameKey',
  'script',
  'proposalTokenHash',
  'proposalConfirmedAt',
  'organiserEmail',
  'ipHash',
  'flagSourceKind',
  'flagSource',
  'flagClearedAt',
  'reviewedAt',
  'invitedBy',
]);

/** Fields whose values are codes with their own words in messages/. */
function optionMessage(entity: string, field: string, value: string): string | null {
  if (field === 'status') {
    if (entity === 'case_statuses') return `Status.${value}`;
    if (entity === 'case_updates') return `Admin.updates.states.${value}`;
    return `Admin.audit.states.${value}`;
  }
  if (entity === 'timeline_events' && field === 'kind') return `Timeline.${value}`;
  if (['kind', 'language', 'photoConsent', 'lettersReach', 'role', 'precision', 'sincePrecision', 'sentencedOnPrecision'].includes(field)) {
    return `Admin.options.${value}`;
  }
  return null;
}

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LONGEST = 300;

export function auditValue(entity: string, field: string, value: unknown): AuditValue {
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  if (typeof value === 'boolean') return { kind: 'message', key: `Admin.options.${value ? 'yes' : 'no'}`, fallback: String(value) };
  if (Array.isArray(value)) {
    if (value.length === 0) return { kind: 'empty' };
    return { kind: 'message', key: 'Admin.audit.values.items', fallback: String(value.length), values: { count: value.length } };
  }
  if (typeof value === 'object') return { kind: 'text', text: shorten(JSON.stringify(value)) };
  const text = String(value);
  if (value instanceof Date || ISO_MOMENT.test(text)) return { kind: 'time', at: new Date(text).toISOString() };
  if (UUID.test(text)) return { kind: 'message', key: 'Admin.audit.values.record', fallback: text };
  const option = typeof value === 'string' ? optionMessage(entity, field, value) : null;
  if (option) return { kind: 'message', key: option, fallback: text };
  return { kind: 'text', text: shorten(text) };
}

function shorten(text: string): string {
  return text.length > LONGEST ? `${text.slice(0, LONGEST - 1)}…` : text;
}

const isLocalized = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).every((k) => (locales as readonly string[]).includes(k));

/**
 * The fields a person changed, before → after, with a text in three languages split into one
 * change per language. A created record lists what it was created with, a deleted one what it held.
 */
export function describeChanges(entity: string, before: unknown, after: unknown): AuditChange[] {
  const a = asObject(before);
  const b = asObject(after);
  const out: AuditChange[] = [];
  for (const field of changedFields(a, b)) {
    if (MACHINE_FIELDS.has(field)) continue;
    const was = a[field];
    const is = b[field];
    if (isLocalized(was) || isLocalized(is)) {
      const x = asObject(was);
      const y = asObject(is);
      for (const locale of locales) {
        if ((x[locale] ?? '') === (y[locale] ?? '')) continue;
        out.push({ field, locale, before: auditValue(entity, field, x[locale]), after: auditValue(entity, field, y[locale]) });
      }
      continue;
    }
    out.push({ field, before: auditValue(entity, field, was), after: auditValue(entity, field, is) });
  }
  return out;
}

/** The fields whose value differs between two versions of a record (all of them for a create or delete). */
export function changedFields(before: unknown, after: unknown): string[] {
  const a = asObject(before);
  const b = asObject(after);
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => JSON.stringify(a[k] ?? null) !== JSON.stringify(b[k] ?? null)).sort();
}
