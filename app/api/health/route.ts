import { smallText } from '@/lib/http/small-response';

export const dynamic = 'force-dynamic';

/** Answers without touching the database: for load balancers, and the benchmark's floor. */
export function GET() {
  return smallText('ok');
}
