/**
 * Whether a state-changing request comes from a page of this site, as Next.js checks for server
 * actions: the Origin header's host must be the host the request was sent to. A request without
 * an Origin is refused; browsers send one with every POST. Only `Host`: the production server sets
 * it from APP_URL, and an X-Forwarded-Host is the client's to choose.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return false;
  const host = request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
