import { describe, expect, it } from 'vitest';
import { judgeSignature, type AbuseSignals } from '@/lib/petitions/abuse';
import { clientAddress } from '@/lib/http/request-guards';
import { blockMatcher, parseRange } from '@/lib/petitions/blocklist';

const limits = { perIp: 3, perDomain: 5 };
const normal: AbuseSignals = {
  honeypotFilled: false,
  domain: 'union.example.org',
  domainBlocked: false,
  ipBlocked: false,
  fromIpLastHour: 0,
  fromDomainLastHour: 0,
};

describe('abuse rules', () => {
  it('stores and mails a normal signature unflagged', () => {
    expect(judgeSignature(normal, limits)).toEqual({ action: 'store', flagReason: null, sendMail: true });
  });

  it('discards a signature whose honeypot field is filled, without telling', () => {
    expect(judgeSignature({ ...normal, honeypotFilled: true }, limits)).toEqual({ action: 'discard' });
  });

  it('flags the signature that reaches the per-IP limit, still sending the mail so the flow looks normal', () => {
    expect(judgeSignature({ ...normal, fromIpLastHour: 2 }, limits)).toMatchObject({ flagReason: null });
    expect(judgeSignature({ ...normal, fromIpLastHour: 3 }, limits)).toEqual({ action: 'store', flagReason: 'ip_rate', sendMail: true });
  });

  it('flags over the per-domain limit, except for large public mail providers', () => {
    expect(judgeSignature({ ...normal, fromDomainLastHour: 5 }, limits)).toMatchObject({ flagReason: 'domain_rate' });
    expect(judgeSignature({ ...normal, domain: 'gmail.com', fromDomainLastHour: 500 }, limits)).toMatchObject({ flagReason: null });
  });

  it('flags blocked domains and IP ranges and sends them no mail', () => {
    expect(judgeSignature({ ...normal, domainBlocked: true }, limits)).toEqual({ action: 'store', flagReason: 'blocked_domain', sendMail: false });
    expect(judgeSignature({ ...normal, ipBlocked: true }, limits)).toEqual({ action: 'store', flagReason: 'blocked_ip', sendMail: false });
  });
});

describe('block lists', () => {
  const blocks = blockMatcher({ domains: ['throwaway.example'], ipRanges: ['203.0.113.0/24', '2001:db8::/32', '198.51.100.7', 'nonsense'] });

  it('blocks a domain and its subdomains, not look-alikes', () => {
    expect(blocks.domainBlocked('throwaway.example')).toBe(true);
    expect(blocks.domainBlocked('mx.Throwaway.example')).toBe(true);
    expect(blocks.domainBlocked('notthrowaway.example')).toBe(false);
  });

  it('blocks addresses inside IPv4 and IPv6 ranges and single addresses', () => {
    expect(blocks.ipBlocked('203.0.113.200')).toBe(true);
    expect(blocks.ipBlocked('203.0.114.1')).toBe(false);
    expect(blocks.ipBlocked('2001:db8:1::5')).toBe(true);
    expect(blocks.ipBlocked('198.51.100.7')).toBe(true);
    expect(blocks.ipBlocked('198.51.100.8')).toBe(false);
    expect(blocks.ipBlocked(null)).toBe(false);
    expect(blocks.ipBlocked('not an ip')).toBe(false);
  });

  it('accepts only real ranges', () => {
    expect(parseRange('10.0.0.0/8')).toEqual({ address: '10.0.0.0', prefix: 8, family: 'ipv4' });
    expect(parseRange('10.0.0.0/33')).toBeNull();
    expect(parseRange('example.com')).toBeNull();
  });
});

describe('client address', () => {
  it('takes the socket address, or the hop the trusted proxies appended', () => {
    // With no proxy configured, X-Forwarded-For is the client's own invention.
    expect(clientAddress('198.51.100.1', '6.6.6.6', 0)).toBe('198.51.100.1');
    expect(clientAddress('10.0.0.2', '6.6.6.6, 198.51.100.1', 1)).toBe('198.51.100.1');
    expect(clientAddress('10.0.0.3', '6.6.6.6, 198.51.100.1, 10.0.0.2', 2)).toBe('198.51.100.1');
    expect(clientAddress('::ffff:127.0.0.1', undefined, 0)).toBe('127.0.0.1');
    expect(clientAddress('10.0.0.2', undefined, 1)).toBe('10.0.0.2');
    expect(clientAddress(undefined, undefined, 0)).toBeNull();
  });
});
