import { BlockList, isIP } from 'node:net';

/** Email domains and IP ranges (CIDR) whose signatures are flagged. */
export type BlockEntries = { domains: string[]; ipRanges: string[] };

export type BlockMatcher = { domainBlocked: (domain: string) => boolean; ipBlocked: (ip: string | null) => boolean };

/** Parses `203.0.113.0/24`, `2001:db8::/32` or a single address; null when it is neither. */
export function parseRange(value: string): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } | null {
  const [address = '', prefixText] = value.trim().split('/');
  const version = isIP(address);
  if (version === 0) return null;
  const family = version === 4 ? 'ipv4' : 'ipv6';
  const max = version === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? max : Number(prefixText);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > max) return null;
  return { address, prefix, family };
}

export function blockMatcher(entries: BlockEntries): BlockMatcher {
  const domains = new Set(entries.domains.map((d) => d.toLowerCase()));
  const ranges = new BlockList();
  let rangeCount = 0;
  for (const value of entries.ipRanges) {
    const range = parseRange(value);
    if (range) {
      ranges.addSubnet(range.address, range.prefix, range.family);
      rangeCount += 1;
    }
  }
  return {
    // A blocked domain blocks its subdomains too: blocking example.com covers mx.example.com.
    domainBlocked(domain) {
      const labels = domain.toLowerCase().split('.');
      for (let i = 0; i < labels.length - 1; i++) if (domains.has(labels.slice(i).join('.'))) return true;
      return false;
    },
    ipBlocked(ip) {
      // BlockList.check builds a SocketAddress for every address it is asked about (as much CPU
      // as an HMAC): with no range to match, there is nothing to ask.
      if (!ip || rangeCount === 0) return false;
      const version = isIP(ip);
      if (version === 0) return false;
      return ranges.check(ip, version === 4 ? 'ipv4' : 'ipv6');
    },
  };
}
