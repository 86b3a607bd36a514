import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Which parts of the demo content have been written. Each part is written once, so a platform
 * started before a part existed gets it on its next start, and a part organisers later emptied
 * (deleted every petition, say) does not come back.
 */
export const demoSeeds = pgTable('demo_seeds', {
  part: text('part').primaryKey(),
  seededAt: timestamp('seeded_at', { withTimezone: true }).notNull().defaultNow(),
});
