import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '@/lib/env';
import { adminEmails } from '@/lib/auth/admins';

describe('environment', () => {
  it('needs nothing to start', () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('names the variable that is wrong, in one line', () => {
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(EnvError);
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/^Invalid environment variable PORT: /);
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must be a postgres/);
  });

  it('treats an empty value as unset', () => {
    expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });
});

describe('admin addresses', () => {
  it('reads ADMIN_EMAILS as a comma-separated, lower-cased list', () => {
    expect(adminEmails(parseEnv({ ADMIN_EMAILS: ' Ana@Example.org, b@example.org ,' }))).toEqual(['ana@example.org', 'b@example.org']);
  });

  it('refuses a list with something that is not an address', () => {
    expect(() => parseEnv({ ADMIN_EMAILS: 'ana@example.org, bob' })).toThrow(/ADMIN_EMAILS/);
  });

  it('makes admin@yntymaq.localhost the admin only of a platform served on this machine', () => {
    expect(adminEmails(parseEnv({}))).toEqual(['admin@yntymaq.localhost']);
    expect(adminEmails(parseEnv({ APP_URL: 'http://127.0.0.1:3140' }))).toEqual(['admin@yntymaq.localhost']);
    expect(adminEmails(parseEnv({ APP_URL: 'https://yntymaq.example.org', RESEND_API_KEY: 're_test' }))).toEqual([]);
  });
});
