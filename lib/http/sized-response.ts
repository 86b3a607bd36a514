// Next.js streams a route handler's body, so its gzip middleware never learns how long the answer
// is and compresses even a 30-byte reply: a zlib stream per response, which showed as about a tenth
// of the server's time under a wave of signatures. With Content-Length set, a body under 1 KB goes
// out as it is (the compression middleware's own threshold); larger ones are still compressed.

function sized(body: string, contentType: string, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set('Content-Type', contentType);
  headers.set('Content-Length', String(Buffer.byteLength(body)));
  return new Response(body, { ...init, headers });
}

/** Response.json with its length, for the small answers of API routes. */
export function jsonResponse(data: unknown, init?: ResponseInit): Response {
  return sized(JSON.stringify(data), 'application/json', init);
}

/** A plain-text answer with its length. */
export function textResponse(text: string, init?: ResponseInit): Response {
  return sized(text, 'text/plain; charset=utf-8', init);
}
