import { answerSignRequest, refuseBeforeReading } from '@/lib/petitions/sign-api';
import { requestIp } from '@/lib/security/client-ip';
import { smallJson } from '@/lib/http/small-response';

export const dynamic = 'force-dynamic';

/**
 * Signs with JSON (lib/petitions/sign-api.ts says how it answers). The production server answers
 * this endpoint itself, before Next.js, through the same function; this route serves `next start`
 * and development.
 */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const refused = refuseBeforeReading(request.headers.get('content-type'), request.headers.get('content-length'));
  if (refused) return smallJson(refused.body, { status: refused.status });
  const answer = await answerSignRequest(slug, await request.text(), requestIp(request.headers));
  return smallJson(answer.body, { status: answer.status });
}
