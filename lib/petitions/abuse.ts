// Abuse rules without a CAPTCHA. A signer caught by them sees the normal flow (so a bot learns
// nothing), but the signature is flagged and never counted; organisers can review it.

/** Large public mail providers: thousands of real people share them, so no per-domain limit. */
const PUBLIC_PROVIDERS = new Set([
  'gmail.com',
  'yahoo.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'icloud.com',
  'aol.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'proton.me',
  'protonmail.com',
  'mail.ru',
  'bk.ru',
  'inbox.ru',
  'list.ru',
  'yandex.ru',
  'yandex.kz',
  'ya.ru',
  'rambler.ru',
  'orange.fr',
  'free.fr',
  'libero.it',
  'qq.com',
  '163.com',
]);

export type AbuseLimits = {
  /** Signatures per petition per hour from one IP hash before the next ones are flagged. */
  perIp: number;
  /** The same for one email domain; public providers are exempt. */
  perDomain: number;
};

export type AbuseSignals = {
  honeypotFilled: boolean;
  domain: string;
  domainBlocked: boolean;
  ipBlocked: boolean;
  /** Signatures already given to this petition in the past hour from the same IP hash. */
  fromIpLastHour: number;
  /** The same for the email domain. */
  fromDomainLastHour: number;
};

export type Verdict =
  /** Store nothing, answer as if stored: the honeypot catches bots that fill every field. */
  | { action: 'discard' }
  | { action: 'store'; flagReason: null; sendMail: true }
  /** Blocked sources get no mail from us: block lists hold throwaway domains and bot networks. */
  | { action: 'store'; flagReason: FlagReason; sendMail: boolean };

export type FlagReason = 'blocked_domain' | 'blocked_ip' | 'ip_rate' | 'domain_rate' | 'invalidated';

export function isPublicProvider(domain: string): boolean {
  return PUBLIC_PROVIDERS.has(domain);
}

export function judgeSignature(signals: AbuseSignals, limits: AbuseLimits): Verdict {
  if (signals.honeypotFilled) return { action: 'discard' };
  if (signals.domainBlocked) return { action: 'store', flagReason: 'blocked_domain', sendMail: false };
  if (signals.ipBlocked) return { action: 'store', flagReason: 'blocked_ip', sendMail: false };
  if (signals.fromIpLastHour >= limits.perIp) return { action: 'store', flagReason: 'ip_rate', sendMail: true };
  if (!isPublicProvider(signals.domain) && signals.fromDomainLastHour >= limits.perDomain) {
    return { action: 'store', flagReason: 'domain_rate', sendMail: true };
  }
  return { action: 'store', flagReason: null, sendMail: true };
}
