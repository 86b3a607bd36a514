import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { publicCacheControl } from '@/lib/security/page-responses';
import { contentSecurityPolicy, withScriptHashes } from '@/lib/security/headers';
import { scriptMarker, sealInlineScripts } from '@/lib/security/inline-scripts';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('sealing the inline scripts of a page', () => {
  const marker = scriptMarker('a'.repeat(32), 'build-1');

  it('hashes the inline scripts that carry the marker and removes the marker from the HTML', () => {
    const html = `<html><head><script src="/_next/static/a.js" nonce="${marker}" async></script></head><body><script nonce="${marker}">self.__next_f.push([1,"x"])</script></body></html>`;
    const sealed = sealInlineScripts(html, marker);
    expect(sealed.hashes).toEqual([sha('self.__next_f.push([1,"x"])')]);
    expect(sealed.html).not.toContain(marker);
    expect(sealed.html).toContain('<script src="/_next/static/a.js" async></script>');
  });

  it('takes the marker out of the RSC payload inside the page too, and hashes the script as it is sent', () => {
    const payload = `self.__next_f.push([1,"HL[\\"/a.css\\",{\\"nonce\\":\\"${marker}\\"}]"])`;
    const sealed = sealInlineScripts(`<script nonce="${marker}">${payload}</script>`, marker);
    expect(sealed.html).not.toContain(marker);
    expect(sealed.hashes).toEqual([sha(payload.replaceAll(marker, ''))]);
  });

  it('leaves a script without the marker unhashed, so the policy does not let it run', () => {
    const html = `<div><script>alert(1)</script><script nonce="guess">alert(2)</script></div><script nonce="${marker}">ok()</script>`;
    expect(sealInlineScripts(html, marker).hashes).toEqual([sha('ok()')]);
  });

  it('a marker is the same for one build and secret, and differs with either', () => {
    expect(scriptMarker('a'.repeat(32), 'build-1')).toBe(marker);
    expect(scriptMarker('a'.repeat(32), 'build-2')).not.toBe(marker);
    expect(scriptMarker('b'.repeat(32), 'build-1')).not.toBe(marker);
  });

  it('adds the hashes to script-src only', () => {
    const policy = withScriptHashes(contentSecurityPolicy({ pathname: '/en', https: false }), ["'sha256-abc'"]);
    expect(policy).toContain("script-src 'self' 'sha256-abc';");
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });
});

describe('the Cache-Control of a cached page', () => {
  it('lets a CDN keep it at most half a minute, serve it stale while asking again, and when the origin fails', () => {
    expect(publicCacheControl(31_536_000)).toBe('public, max-age=0, s-maxage=30, stale-while-revalidate=30, stale-if-error=86400');
    expect(publicCacheControl(1)).toBe('public, max-age=0, s-maxage=1, stale-while-revalidate=30, stale-if-error=86400');
  });
});
