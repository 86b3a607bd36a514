import type {
  CaseStatus,
  caseNames,
  datePrecision,
  letterDelivery,
  photoConsent,
  timelineKind,
} from '@/db/schema';
import type { Localized } from '@/lib/i18n/locales';

/** Seed content refers to sources by a short key; the seeder turns keys into citations. */
export type SourceKey = string;
type Cited = { sources: SourceKey[] };
type Precision = (typeof datePrecision.enumValues)[number];

export type SourceSeed = {
  key: SourceKey;
  title: string;
  publisher: string;
  /** ISO date, `YYYY-MM-DD`. */
  publishedOn?: string;
  url?: string;
  language?: string;
};

export type NameSeed = {
  name: string;
  language?: 'kk' | 'ru' | 'en';
  kind: (typeof caseNames.$inferInsert)['kind'];
};

export type StatusSeed = Cited & {
  status: CaseStatus;
  since?: string;
  sincePrecision?: Precision;
  asOf: string;
  confirmed?: boolean;
  note?: Localized;
};

export type ChargeSeed = Cited & { code: Localized; article?: string; part?: string; label: Localized };

export type SentenceSeed = Cited & {
  sentencedOn?: string;
  sentencedOnPrecision?: Precision;
  court?: Localized;
  termMonths?: number;
  regime?: Localized;
  additionalPenalties?: Localized[];
  expectedRelease?: string;
};

export type DetentionSeed = Cited & {
  facility: Localized;
  city?: Localized;
  fromDate?: string;
  toDate?: string;
  letterAddress?: string;
  addressVerifiedOn?: string;
  lettersReach?: (typeof letterDelivery.enumValues)[number];
};

export type TimelineSeed = Cited & {
  on: string;
  precision?: Precision;
  kind: (typeof timelineKind.enumValues)[number];
  title: Localized;
  body?: Localized;
};

export type CaseSeed = Cited & {
  slug: string;
  name: Localized;
  summary: Localized;
  biography: Localized;
  occupation?: Localized;
  affiliation?: Localized;
  howToHelp?: Localized;
  birthYear?: number;
  birthName?: string;
  photo?: { path: string; credit: string; consent: (typeof photoConsent.enumValues)[number] };
  names: NameSeed[];
  statuses: StatusSeed[];
  charges: ChargeSeed[];
  sentences: SentenceSeed[];
  detentions: DetentionSeed[];
  timeline: TimelineSeed[];
};

export type CampaignSeed = Cited & {
  slug: string;
  title: Localized;
  summary: Localized;
  /** Paragraphs separated by a blank line. */
  body: Localized;
  timeline: TimelineSeed[];
};

export type PetitionSeed = {
  slug: string;
  /** The case the petition is for; null for the campaign as a whole. */
  caseSlug: string | null;
  goal: number;
  target: Localized;
  title: Localized;
  summary: Localized;
  /** Paragraphs separated by a blank line. */
  body: Localized;
};
