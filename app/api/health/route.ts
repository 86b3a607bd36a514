export const dynamic = 'force-dynamic';

/** Answers without touching the database: for load balancers, and the benchmark's floor. */
export function GET() {
  return new Response('ok', { headers: { 'Content-Type': 'text/plain' } });
}
