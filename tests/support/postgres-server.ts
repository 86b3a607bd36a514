import path from 'node:path';
import { startEmbeddedPostgres } from '@/db/embedded';

/**
 * The PostgreSQL server tests create their databases on: the one in DATABASE_URL when set (CI uses
 * the machine's server), otherwise an embedded one under .data/ that is stopped afterwards.
 */
export async function testPostgresServer(name: string, port: number): Promise<{ adminUrl: string; stop: () => Promise<void> }> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { adminUrl: configured, stop: async () => {} };
  const server = await startEmbeddedPostgres(path.join('.data', name), port);
  return { adminUrl: server.adminUrl, stop: server.stop };
}
