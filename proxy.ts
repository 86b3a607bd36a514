import createMiddleware from 'next-intl/middleware';
import { routing } from '@/lib/i18n/routing';

// Sends `/` and unprefixed paths to the visitor's language and sets the hreflang Link header.
export default createMiddleware(routing);

export const config = {
  // Everything but API routes, the embeddable widget, Next's own files and files with an extension
  // (icons, robots.txt).
  matcher: ['/((?!api|embed|_next|_vercel|dev|.*\\..*).*)'],
};
