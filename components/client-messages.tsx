import { NextIntlClientProvider, type Messages } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

type Props = { namespaces: readonly (keyof Messages)[]; children: ReactNode };

/**
 * The texts of the client components inside, by namespace. Whatever a client component may read
 * travels in the page's RSC payload, so the layout gives the browser the language only (the whole
 * catalogue was 70–110 KB of every page) and each form names the namespaces it reads here.
 */
export async function ClientMessages({ namespaces, children }: Props) {
  const all = await getMessages();
  return <NextIntlClientProvider messages={Object.fromEntries(namespaces.map((n) => [n, all[n]]))}>{children}</NextIntlClientProvider>;
}
