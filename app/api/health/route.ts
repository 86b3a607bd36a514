import { textResponse } from '@/lib/http/sized-response';

export const dynamic = 'force-dynamic';

/** Answers without touching the database: for load balancers, and the benchmark's floor. */
export function GET() {
  return textResponse('ok');
}
