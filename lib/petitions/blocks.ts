import { asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { announceInvalidation, listenForInvalidations, onInvalidation } from '@/db/invalidation';
import { signatureBlocks, type SignatureBlockRow } from '@/db/schema';
import { recordChange } from '@/lib/audit/log';
import { echoValues, fieldErrors, isUuid, type FormState } from '@/lib/forms/form-input';
import type { Actor } from '@/lib/actor';
import { blockMatcher, type BlockMatcher } from './blocklist';
import { blockSchema } from './organise-forms';

// Read on every signature, changed rarely: kept in memory and read again after a few seconds, or
// at once after an organiser's change, in every process (announced through NOTIFY; the TTL bounds
// it while a process cannot listen).
export const BLOCKS_TTL_MS = 10_000;
let cached: { matcher: Promise<BlockMatcher>; until: number } | undefined;

onInvalidation('blocks', () => {
  cached = undefined;
});

async function readBlocks(): Promise<BlockMatcher> {
  const rows = await db().select({ kind: signatureBlocks.kind, value: signatureBlocks.value }).from(signatureBlocks);
  return blockMatcher({
    domains: rows.filter((r) => r.kind === 'domain').map((r) => r.value),
    ipRanges: rows.filter((r) => r.kind === 'ip_range').map((r) => r.value),
  });
}

/**
 * The block lists as a matcher. When the cached copy runs out, the signatures arriving meanwhile
 * share one read rather than each reading the table.
 */
export function currentBlocks(): Promise<BlockMatcher> {
  void listenForInvalidations();
  if (cached && cached.until > Date.now()) return cached.matcher;
  const matcher = readBlocks();
  const entry = { matcher, until: Date.now() + BLOCKS_TTL_MS };
  cached = entry;
  // A failed read is not kept: the next signature tries again.
  matcher.catch(() => {
    if (cached === entry) cached = undefined;
  });
  return matcher;
}

/** Drops the cached block lists in every process (after the change committed): the next signature reads them again. */
export function forgetBlocks(): Promise<void> {
  return announceInvalidation('blocks');
}

export function listBlocks(): Promise<SignatureBlockRow[]> {
  return db().select().from(signatureBlocks).orderBy(asc(signatureBlocks.kind), asc(signatureBlocks.value));
}

/** Adds a domain (`example.com`, with its subdomains) or an IP range (`203.0.113.0/24`) to the block list. */
export async function addBlock(actor: Actor, input: Record<string, unknown>): Promise<FormState> {
  const parsed = blockSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error), values: echoValues(input) };
  const { kind, value, note } = parsed.data;
  await db().transaction(async (tx) => {
    const [before] = await tx.select().from(signatureBlocks).where(eq(signatureBlocks.value, value));
    const [row] = await tx
      .insert(signatureBlocks)
      .values({ kind, value, note })
      .onConflictDoUpdate({ target: [signatureBlocks.kind, signatureBlocks.value], set: { note } })
      .returning();
    await recordChange(tx, actor, { action: before?.kind === kind ? 'update' : 'create', entity: 'signature_blocks', entityId: row!.id, before, after: row });
  });
  await forgetBlocks();
  return { ok: true, message: `${value} is blocked.`, done: { key: 'blocked', values: { value } } };
}

export async function removeBlock(actor: Actor, id: string): Promise<void> {
  if (!isUuid(id)) return;
  await db().transaction(async (tx) => {
    const [row] = await tx.delete(signatureBlocks).where(eq(signatureBlocks.id, id)).returning();
    if (row) await recordChange(tx, actor, { action: 'delete', entity: 'signature_blocks', entityId: id, before: row });
  });
  await forgetBlocks();
}
