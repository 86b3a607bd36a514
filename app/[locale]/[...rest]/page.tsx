import { notFound } from 'next/navigation';

// Any path under a locale that no page matches: answer with the 404 page in that language.
export default function CatchAll() {
  notFound();
}
