import Link from 'next/link';
import './globals.css';

// Reached only for paths outside any locale (the proxy sends all others to a locale first).
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main id="main" className="container">
          <h1>Page not found</h1>
          <p>
            <Link href="/en">Go to the home page</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
