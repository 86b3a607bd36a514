import { asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { signatureBlocks, type BlockKind, type SignatureBlockRow } from '@/db/schema';
import { blockMatcher, parseRange, type BlockMatcher } from './blocklist';

// Read on every signature, changed rarely: kept in memory and read again after a few seconds, or
// at once after an organiser's change in this process.
const BLOCKS_TTL_MS = 10_000;
let cached: { matcher: BlockMatcher; until: number } | undefined;

export async function currentBlocks(): Promise<BlockMatcher> {
  if (cached && cached.until > Date.now()) return cached.matcher;
  const rows = await db().select({ kind: signatureBlocks.kind, value: signatureBlocks.value }).from(signatureBlocks);
  const matcher = blockMatcher({
    domains: rows.filter((r) => r.kind === 'domain').map((r) => r.value),
    ipRanges: rows.filter((r) => r.kind === 'ip_range').map((r) => r.value),
  });
  cached = { matcher, until: Date.now() + BLOCKS_TTL_MS };
  return matcher;
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
  cached = undefined;
  return { ok: true, block: row! };
}

export async function removeBlock(id: string): Promise<void> {
  await db().delete(signatureBlocks).where(eq(signatureBlocks.id, id));
  cached = undefined;
}
