import { describe, expect, it } from 'vitest';
import { InvalidJobPayload, parsePayload } from '@/lib/jobs/define';
import { jobKinds } from '@/lib/worker/kinds';
import { updateFanout } from '@/lib/updates/jobs';
import { mailJob } from '@/lib/mail/queue';

describe('job payloads', () => {
  it('gives every job kind a payload schema', () => {
    for (const kind of jobKinds) expect(kind.payload, kind.name).toBeDefined();
  });

  it('reads a fan-out job only with the id of an update', () => {
    const updateId = '3f0c9a52-7a9e-4c1e-9d57-2b1f4f0c8e11';
    expect(parsePayload(updateFanout, { updateId })).toEqual({ updateId });
    expect(() => parsePayload(updateFanout, {})).toThrow(InvalidJobPayload);
    expect(() => parsePayload(updateFanout, { updateId: 'not-an-id' })).toThrow(/case-update-fanout: invalid payload \(updateId:/);
  });

  it('takes the empty payload of a scheduled job', () => {
    for (const kind of jobKinds.filter((k) => k.cron)) expect(parsePayload(kind, {})).toEqual({});
  });

  it('reads a delivery job only with the id of a mail batch', () => {
    expect(mailJob.safeParse({ batchId: '3f0c9a52-7a9e-4c1e-9d57-2b1f4f0c8e11' }).success).toBe(true);
    expect(mailJob.safeParse({ batchId: 7 }).success).toBe(false);
  });
});
