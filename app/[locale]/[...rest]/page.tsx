import { notFound } from 'next/navigation';

// Rendered per request, never cached: it answers one visitor (a link from their mail, a form they
// sent) or is not one of the cached public pages (lib/cache/tags.ts).
export const dynamic = 'force-dynamic';

// Any path under a locale that no page matches: answer with the 404 page in that language.
export default function CatchAll() {
  notFound();
}
