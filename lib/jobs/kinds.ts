import { letterJobs } from '@/lib/letters/jobs';
import { petitionJobs } from '@/lib/petitions/jobs';
import { picketJobs } from '@/lib/pickets/reminders';
import { updateJobs } from '@/lib/updates/jobs';
import type { JobKind } from './define';

/** Every job kind the worker runs, but mail delivery. A new domain adds its kinds here. */
export const jobKinds: JobKind<never>[] = [...petitionJobs, ...picketJobs, ...updateJobs, ...(letterJobs as JobKind<never>[])];
