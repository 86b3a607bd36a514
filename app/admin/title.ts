import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type en from '@/messages/en.json';

export type AdminTitle = keyof (typeof en)['Admin']['titles'];

/** A dashboard page's `generateMetadata`: its title in the organiser's language. */
export function adminTitle(key: AdminTitle) {
  return async (): Promise<Metadata> => {
    const t = await getTranslations('Admin.titles');
    return { title: t(key) };
  };
}
