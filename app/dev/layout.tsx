import type { ReactNode } from 'react';
import '../globals.css';

// Developer tools live outside the localized site, so they bring their own <html>.
export default function DevLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <main id="main" className="container">
          {children}
        </main>
      </body>
    </html>
  );
}
