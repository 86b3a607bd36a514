// Next.js streams a route handler's body and drops any Content-Length the handler sets, so its gzip
// middleware never learns how short an answer is and compresses even a 30-byte reply: a zlib stream
// per response, about a tenth of the server's time under a wave of signatures, to make the answer
// longer. `Cache-Control: no-transform` is what that middleware honours to leave a body as it is.

function small(body: string, contentType: string, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set('Content-Type', contentType);
  headers.set('Cache-Control', 'no-store, no-transform');
  return new Response(body, { ...init, headers });
}

/** Response.json for the short, uncacheable answers of API routes (a few hundred bytes at most). */
export function smallJson(data: unknown, init?: ResponseInit): Response {
  return small(JSON.stringify(data), 'application/json', init);
}

/** The same for plain text. */
export function smallText(text: string, init?: ResponseInit): Response {
  return small(text, 'text/plain; charset=utf-8', init);
}
