import 'server-only';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import NextAuth from 'next-auth';
import type { EmailConfig } from 'next-auth/providers/email';
import { db } from '@/db/client';
import { accounts, sessions, users, verificationTokens } from '@/db/schema';
import { appUrl } from '@/lib/site-url';
import { activeOrganiser } from './queries';
import { authSecret } from './secret';
import { sendSignInLink, SIGN_IN_LINK_MINUTES, signInLink, signInMailLocale } from './mail';

export const SIGN_IN_PAGE = '/admin/sign-in';

/** Auth.js's email sign-in, sending through our mail pipeline instead of an SMTP server. */
const signInByEmail: EmailConfig = {
  id: 'email',
  type: 'email',
  name: 'Email',
  maxAge: SIGN_IN_LINK_MINUTES * 60,
  async sendVerificationRequest({ identifier, token }) {
    // Checked again here: nobody but an active organiser ever receives a link.
    if (!(await activeOrganiser(identifier))) return;
    await sendSignInLink(identifier, signInLink(token, identifier), await signInMailLocale(identifier));
  },
};

// A function, so nothing (database, secret) is read before the first request: `next build` needs neither.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  adapter: DrizzleAdapter(db(), {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  }),
  secret: authSecret(),
  // Self-hosted behind our own server or a reverse proxy; emailed links are built from APP_URL.
  trustHost: true,
  // Sessions are rows: they survive a restart, and revoking an organiser deletes them.
  session: { strategy: 'database', maxAge: 7 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
  // HttpOnly and SameSite=Lax always; Secure (and the __Secure- prefix) when served over https,
  // so `npm start` on http://localhost still signs in.
  useSecureCookies: appUrl().startsWith('https:'),
  pages: { signIn: SIGN_IN_PAGE, verifyRequest: `${SIGN_IN_PAGE}?sent=1`, error: SIGN_IN_PAGE },
  providers: [signInByEmail],
  callbacks: {
    // When the link is used: only if the address is still an active organiser.
    async signIn({ user, email }) {
      if (email?.verificationRequest) return true;
      return Boolean(user.email && (await activeOrganiser(user.email)));
    },
  },
}));
