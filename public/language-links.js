// The one script of a page served without the framework's (lib/http/script-free-pages.ts). Its
// language links were rendered for the page without a query; as components/language-switcher.tsx
// does where React runs, they get the visitor's path and query (a filtered list stays filtered),
// and choosing one records the language for the next visit to `/`, as next-intl's links do.
for (const link of document.querySelectorAll('.language-switcher a[hreflang]')) {
  const locale = link.getAttribute('hreflang');
  link.setAttribute('href', `/${locale}${location.pathname.replace(/^\/[^/]+/, '')}${location.search}`);
  link.addEventListener('click', () => {
    document.cookie = `NEXT_LOCALE=${locale};path=/;SameSite=lax`;
  });
}
