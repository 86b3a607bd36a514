import type { EmailTranslator } from './i18n';

/** How a letter is signed, as its target reads it: "Anna, Germany", "Anna Schmidt, Berlin, Germany", "A supporter in Germany". */
export function signatureLine(t: EmailTranslator, p: { signerName: string | null; signerCity: string | null; signerCountry: string }): string {
  if (!p.signerName) return t('letterSignature.anonymous', { country: p.signerCountry });
  if (p.signerCity) return t('letterSignature.namedCity', { name: p.signerName, city: p.signerCity, country: p.signerCountry });
  return t('letterSignature.named', { name: p.signerName, country: p.signerCountry });
}
