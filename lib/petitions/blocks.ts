import { asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { signatureBlocks, type BlockKind, type SignatureBlockRow } from '@/db/schema';
import { blockMatcher, parseRange, type BlockMatcher } from './blocklist';

// Read on every signature, changed rarely: kept in memory and read again after a few seconds, or
// at once after an organiser's change in this process (other processes see it within the TTL).
export const BLOCKS_TTL_MS = 10_000;
let cached: { matcher: Promise<BlockMatcher>; until: number } | undefined;

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

/** Drops the cached block lists: the next signature reads them again. */
export function forgetBlocks(): void {
  cached = undefined;
}

export function listBlocks(): Promise<SignatureBlockRow[]> {
  return db().select().from(signatureBlocks).orderBy(asc(signatureBlocks.kind), asc(signatureBlocks.value));
}

export type BlockResult = { ok: true; block: SignatureBlockRow } | { ok: false; error: 'invalid' };

/** Adds a domain (`example.com`) or an IP range (`203.0.113.0/24`) to the block list. */
export async function addBlock(kind: BlockKind, value: string, note?: string): Promise<BlockResult> {
  const normalised = kind === 'domain' ? value.trim().toLowerCase().replace(/^@/, '') : value.trim();
  const valid =
    kind === 'domain' ? /^(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$/.test(normalised) : parseRange(normalised) !== null;
  if (!valid) return { ok: false, error: 'invalid' };
  const [row] = await db()
    .insert(signatureBlocks)
    .values({ kind, value: normalised, note: note ?? null })
    .onConflictDoUpdate({ target: [signatureBlocks.kind, signatureBlocks.value], set: { note: note ?? null } })
    .returning();
  forgetBlocks();
  return { ok: true, block: row! };
}

export async function removeBlock(id: string): Promise<void> {
  await db().delete(signatureBlocks).where(eq(signatureBlocks.id, id));
  forgetBlocks();
}
