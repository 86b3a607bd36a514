import { caseStatus, type CaseStatus } from '@/db/schema';

export const caseStatuses = caseStatus.enumValues;

/** How the home page counts people: still held, out (with or without a standing conviction), died. */
export type StatusGroup = 'held' | 'free' | 'died';

const GROUP: Record<CaseStatus, StatusGroup> = {
  pre_trial: 'held',
  imprisoned: 'held',
  restricted_freedom: 'free',
  paroled: 'free',
  released: 'free',
  in_exile: 'free',
  deceased: 'died',
};

export function statusGroup(status: CaseStatus): StatusGroup {
  return GROUP[status];
}

export function isMemorial(status: CaseStatus | null | undefined): boolean {
  return status === 'deceased';
}
