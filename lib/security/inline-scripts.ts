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
 * marker anywhere: Next also writes it into the RSC payload inside the page (`"nonce":"…"`), which
 * must not give it away either. A script's hash is taken of its text as it is sent, without the
 * marker. Scripts without the marker are left unhashed, and the policy lets them not run.
 */
export function sealInlineScripts(html: string, marker: string): { html: string; hashes: string[] } {
  if (!html.includes(marker)) return { html, hashes: [] };
  const attribute = ` nonce="${marker}"`;
  const hashes = new Set<string>();
  const sealed = html.replace(SCRIPT, (whole, attributes: string, body: string) => {
    const marked = attributes.includes(attribute);
    const text = body.replaceAll(marker, '');
    if (marked && !/\ssrc\s*=/i.test(attributes)) hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
    return `<script${attributes.replaceAll(attribute, '')}>${text}</script>`;
  });
  return { html: withoutMarkerText(sealed, marker), hashes: [...hashes] };
}

/** Any text the server sends (the RSC payload of a client-side navigation too) without the marker. */
export function withoutMarkerText(text: string, marker: string): string {
  return text.replaceAll(` nonce="${marker}"`, '').replaceAll(marker, '');
}
