import { letterJobs } from '@/lib/letters/jobs';
import { petitionJobs } from '@/lib/petitions/jobs';
import { picketJobs } from '@/lib/pickets/jobs';
import { updateJobs } from '@/lib/updates/jobs';
import type { AnyJobKind } from '@/lib/jobs/define';

/** Every job kind the worker runs, but mail delivery. A new domain adds its kinds here. */
export const jobKinds: AnyJobKind[] = [...petitionJobs, ...picketJobs, ...updateJobs, ...letterJobs];
