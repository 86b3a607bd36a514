import { createHash, createHmac } from 'node:crypto';

// A strict policy for pages that are rendered once and served to everyone. Next puts a nonce on its
// own inline scripts when the request names one; proxy.ts names a *marker* instead, a value known
// only to the server (derived from APP_SECRET and the build). Before a page leaves the server, the
// inline scripts carrying the marker are hashed into the response's `script-src`, and the marker is
// removed from the HTML, so no visitor ever sees it. A script injected into the page's content
// (say, through a flaw in a text filter) does not carry the marker, is not hashed, and does not run;
// nor does an inline handler (no 'unsafe-inline', no 'unsafe-hashes').

/** The request header proxy.ts reads the marker from (set by the production server). */
export const SCRIPT_MARKER_ENV = 'YNTYMAQ_SCRIPT_MARKER';

export function scriptMarker(secret: string, buildId: string): string {
  return createHmac('sha256', secret).update(`inline-script-marker\0${buildId}`).digest('base64url').slice(0, 32);
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/**
 * The `'sha256-…'` source of every inline script carrying the marker, and the HTML without the
 * marker. Scripts without it are left as they are, and the policy lets them not run.
 */
export function sealInlineScripts(html: string, marker: string): { html: string; hashes: string[] } {
  const attribute = ` nonce="${marker}"`;
  if (!html.includes(attribute)) return { html, hashes: [] };
  const hashes = new Set<string>();
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (!attributes!.includes(attribute) || /\ssrc\s*=/i.test(attributes!)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body!, 'utf8').digest('base64')}'`);
  }
  return { html: html.replaceAll(attribute, ''), hashes: [...hashes] };
}
