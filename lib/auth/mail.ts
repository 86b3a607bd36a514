import { db } from '@/db/client';
import { appUrl } from '@/lib/site-url';
import { enqueueMail } from '@/lib/mail/enqueue';

/** Sign-in links work for this long, and once. */
export const SIGN_IN_LINK_MINUTES = 15;

/**
 * The link we email: our own confirmation page, not Auth.js's callback. Opening it changes nothing
 * (mail scanners open links before people do); the page's "Sign in" button posts the token. Built
 * from APP_URL, never from the request's Host header, so a forged Host cannot redirect the token.
 */
export function signInLink(token: string, email: string): string {
  return `${appUrl()}/admin/sign-in/confirm?${new URLSearchParams({ token, email })}`;
}

/** Sends the sign-in link through the platform's mail pipeline (the local mailbox without Resend). */
export async function sendSignInLink(to: string, url: string): Promise<void> {
  await enqueueMail(db(), {
    template: 'organiser-sign-in',
    props: { signInUrl: url, expiresInMinutes: SIGN_IN_LINK_MINUTES },
    to,
    locale: 'en',
  });
}
