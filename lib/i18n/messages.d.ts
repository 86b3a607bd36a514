import type en from '@/messages/en.json';
import type { Locale } from './locales';

// Makes next-intl check message keys and locales at compile time.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
