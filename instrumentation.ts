// Runs once when a Next.js server process starts.
export async function register() {
  // Only in the Node.js server, and never during `next build`, which has no database.
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  if (!process.env.DATABASE_URL) return;
  const { schedulePetitionMaintenance } = await import('@/lib/petitions/jobs');
  schedulePetitionMaintenance();
  const { schedulePicketReminders } = await import('@/lib/pickets/reminders');
  schedulePicketReminders();
}
