import { describe, expect, it } from 'vitest';
import {
  clientModulePath,
  LANGUAGE_LINKS_SCRIPT,
  parseClientReferenceManifest,
  rendersWithoutScripts,
  scriptFreePages,
  withoutFrameworkScripts,
} from '@/lib/http/script-free-pages';

const LINK = '[project]/node_modules/next/dist/client/app-dir/link.js';
const SWITCHER = '[project]/components/language-switcher.tsx';
// A dashboard form: it needs React in the browser.
const FORM = '[project]/components/admin/record-form.tsx';
const SIGN_FORM = '[project]/components/sign-form.tsx';
const SUBSCRIBE_FORM = '[project]/components/subscribe-form.tsx';
const RSVP_FORM = '[project]/components/rsvp-form.tsx';
const PICKET_FORM = '[project]/components/picket-form.tsx';
const PICKET_PLACE = '[project]/components/picket-place-fields.tsx';
const LETTER_FORM = '[project]/components/letter-form.tsx';
const RESOLUTION_FORM = '[project]/components/resolution-form.tsx';
const modules = (...keys: string[]) => Object.fromEntries(keys.flatMap((k) => [[`${k} <module evaluation>`, {}], [`${k}#default`, {}]]));

describe('which pages need no scripts', () => {
  it('names a client module by its path in the project, whatever the export', () => {
    expect(clientModulePath(`${SWITCHER} <module evaluation>`)).toBe('components/language-switcher.tsx');
    expect(clientModulePath(`${SWITCHER}#LanguageSwitcher`)).toBe('components/language-switcher.tsx');
  });

  it('lets a page go without scripts only when each of its client modules renders without them', () => {
    expect(rendersWithoutScripts({ clientModules: modules(LINK, SWITCHER) })).toBe(true);
    expect(rendersWithoutScripts({ clientModules: modules(LINK, SWITCHER, FORM) })).toBe(false);
    expect(rendersWithoutScripts({ clientModules: modules('[project]/node_modules/next/dist/client/script.js') })).toBe(false);
  });

  const routes = {
    routes: {
      staticRoutes: [],
      dynamicRoutes: [
        { page: '/[locale]/about', regex: '^/([^/]+?)/about(?:/)?$' },
        { page: '/[locale]/petitions/[slug]', regex: '^/([^/]+?)/petitions/([^/]+?)(?:/)?$' },
        { page: '/[locale]/withdraw/[token]', regex: '^/([^/]+?)/withdraw/([^/]+?)(?:/)?$' },
        { page: '/[locale]/petitions/[slug]/sign', regex: '^/([^/]+?)/petitions/([^/]+?)/sign(?:/)?$' },
        { page: '/[locale]/updates', regex: '^/([^/]+?)/updates(?:/)?$' },
        { page: '/[locale]/pickets/propose', regex: '^/([^/]+?)/pickets/propose(?:/)?$' },
        { page: '/[locale]/pickets/[id]', regex: '^/([^/]+?)/pickets/([^/]+?)(?:/)?$' },
        { page: '/[locale]/letters/[slug]', regex: '^/([^/]+?)/letters/([^/]+?)(?:/)?$' },
        { page: '/[locale]/resolutions/submit', regex: '^/([^/]+?)/resolutions/submit(?:/)?$' },
      ],
    },
    appPathRoutes: {
      '/[locale]/about/page': '/[locale]/about',
      '/[locale]/petitions/[slug]/page': '/[locale]/petitions/[slug]',
      '/[locale]/withdraw/[token]/page': '/[locale]/withdraw/[token]',
      '/[locale]/petitions/[slug]/sign/page': '/[locale]/petitions/[slug]/sign',
      '/[locale]/updates/page': '/[locale]/updates',
      '/[locale]/pickets/[id]/page': '/[locale]/pickets/[id]',
      '/[locale]/pickets/propose/page': '/[locale]/pickets/propose',
      '/[locale]/letters/[slug]/page': '/[locale]/letters/[slug]',
      '/[locale]/resolutions/submit/page': '/[locale]/resolutions/submit',
    },
  };
  const actions = {
    node: {
      '7f00': { workers: { 'app/[locale]/withdraw/[token]/page': {} }, filename: 'app/[locale]/withdraw/[token]/actions.ts', exportedName: 'withdrawAction' },
      '7f01': { workers: { 'app/[locale]/petitions/[slug]/sign/page': {} }, filename: 'app/[locale]/petitions/[slug]/actions.ts', exportedName: 'signAction' },
      '7f02': { workers: { 'app/[locale]/updates/page': {} }, filename: 'app/[locale]/subscriptions/subscribe-action.ts', exportedName: 'subscribeAction' },
      '7f03': { workers: { 'app/[locale]/pickets/[id]/page': {} }, filename: 'app/[locale]/pickets/[id]/actions.ts', exportedName: 'rsvpAction' },
      '7f04': { workers: { 'app/[locale]/pickets/propose/page': {} }, filename: 'app/[locale]/pickets/propose/actions.ts', exportedName: 'proposeAction' },
      '7f05': { workers: { 'app/[locale]/letters/[slug]/page': {} }, filename: 'app/[locale]/letters/[slug]/actions.ts', exportedName: 'writeLetterAction' },
      '7f06': { workers: { 'app/[locale]/resolutions/submit/page': {} }, filename: 'app/[locale]/resolutions/submit/actions.ts', exportedName: 'submitResolutionAction' },
    },
  };
  const build = { rootMainFiles: ['static/chunks/react.js'], polyfillFiles: ['static/chunks/polyfills.js'] };
  const manifests: Record<string, { clientModules: Record<string, unknown>; entryJSFiles: Record<string, string[]> }> = {
    'app/[locale]/about/page': { clientModules: modules(LINK, SWITCHER), entryJSFiles: { '[project]/app/[locale]/layout': ['static/chunks/layout.js'] } },
    'app/[locale]/petitions/[slug]/page': { clientModules: modules(LINK, SWITCHER, FORM), entryJSFiles: {} },
    'app/[locale]/withdraw/[token]/page': { clientModules: modules(LINK, SWITCHER), entryJSFiles: {} },
    'app/[locale]/petitions/[slug]/sign/page': { clientModules: modules(LINK, SWITCHER, SIGN_FORM), entryJSFiles: {} },
    'app/[locale]/updates/page': { clientModules: modules(LINK, SWITCHER, SUBSCRIBE_FORM), entryJSFiles: {} },
    'app/[locale]/pickets/[id]/page': { clientModules: modules(LINK, SWITCHER, RSVP_FORM), entryJSFiles: {} },
    'app/[locale]/pickets/propose/page': { clientModules: modules(LINK, SWITCHER, PICKET_FORM, PICKET_PLACE), entryJSFiles: {} },
    'app/[locale]/letters/[slug]/page': { clientModules: modules(LINK, SWITCHER, LETTER_FORM), entryJSFiles: {} },
    'app/[locale]/resolutions/submit/page': { clientModules: modules(LINK, SWITCHER, RESOLUTION_FORM), entryJSFiles: {} },
  };
  const pages = scriptFreePages(routes, build, actions, (entry) => manifests[entry] ?? null);

  it('maps a path to the scripts its page loads when it may go without them, and to null when it keeps them', () => {
    expect(pages('/en/about')).toEqual(new Set(['/_next/static/chunks/react.js', '/_next/static/chunks/polyfills.js', '/_next/static/chunks/layout.js']));
    expect(pages('/en/petitions/free-them')).toBeNull();
    expect(pages('/en/unknown/path')).toBeNull();
  });

  it('keeps the scripts of a page with a server action, even in a form of a server component', () => {
    expect(pages('/en/withdraw/abc')).toBeNull();
  });

  it('serves the sign form without scripts: it posts as a plain form, its action is one that may', () => {
    expect(rendersWithoutScripts({ clientModules: modules(LINK, SWITCHER, SIGN_FORM) })).toBe(true);
    expect(pages('/en/petitions/free-them/sign')).toEqual(new Set(['/_next/static/chunks/react.js', '/_next/static/chunks/polyfills.js']));
    const noneMay = scriptFreePages(routes, build, actions, (entry) => manifests[entry] ?? null, []);
    expect(noneMay('/en/petitions/free-them/sign')).toBeNull();
  });

  it('serves the subscribe and RSVP forms without scripts: they post as plain forms, their actions are ones that may', () => {
    const frameworkOnly = new Set(['/_next/static/chunks/react.js', '/_next/static/chunks/polyfills.js']);
    expect(pages('/en/updates')).toEqual(frameworkOnly);
    expect(pages('/en/pickets/0b7e6f1c-1f9a-4c55-9d1e-6f1f2f8a9c01')).toEqual(frameworkOnly);
    // Only the two lists decide: without them in the lists, both pages keep their scripts.
    const formsNotListed = scriptFreePages(routes, build, actions, (entry) => manifests[entry] ?? null, ['app/[locale]/petitions/[slug]/actions.ts#signAction']);
    expect(formsNotListed('/en/updates')).toBeNull();
    expect(formsNotListed('/en/pickets/0b7e6f1c-1f9a-4c55-9d1e-6f1f2f8a9c01')).toBeNull();
    expect(rendersWithoutScripts({ clientModules: modules(LINK, SWITCHER, SUBSCRIBE_FORM) }, ['node_modules/next/dist/client/app-dir/link.js', 'components/language-switcher.tsx'])).toBe(false);
  });

  it('serves the proposal, letter and resolution forms without scripts: they post as plain forms, their actions are ones that may', () => {
    const frameworkOnly = new Set(['/_next/static/chunks/react.js', '/_next/static/chunks/polyfills.js']);
    const forms = ['/ru/pickets/propose', '/kk/letters/write-for-erzhan-elshibayev', '/en/resolutions/submit'];
    for (const path of forms) expect(pages(path), path).toEqual(frameworkOnly);
    // Only the two lists decide: without their actions listed, or their components, the pages keep their scripts.
    const actionsNotListed = scriptFreePages(routes, build, actions, (entry) => manifests[entry] ?? null, ['app/[locale]/pickets/[id]/actions.ts#rsvpAction']);
    for (const path of forms) expect(actionsNotListed(path), path).toBeNull();
    const allowed = ['node_modules/next/dist/client/app-dir/link.js', 'components/language-switcher.tsx', 'components/picket-form.tsx'];
    // The place fields are a client module of their own: the proposal form needs both listed.
    expect(rendersWithoutScripts({ clientModules: modules(LINK, SWITCHER, PICKET_FORM, PICKET_PLACE) }, allowed)).toBe(false);
    expect(rendersWithoutScripts({ clientModules: modules(LINK, SWITCHER, PICKET_FORM, PICKET_PLACE) })).toBe(true);
    expect(rendersWithoutScripts({ clientModules: modules(LINK, SWITCHER, LETTER_FORM) }, allowed)).toBe(false);
    expect(rendersWithoutScripts({ clientModules: modules(LINK, SWITCHER, RESOLUTION_FORM) }, allowed)).toBe(false);
  });

  it('reads the manifest Next.js writes as a script', () => {
    const source = `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST["/[locale]/about/page"] = ${JSON.stringify(manifests['app/[locale]/about/page'])};\n`;
    expect(parseClientReferenceManifest(source)).toEqual(manifests['app/[locale]/about/page']);
  });
});

describe('a page served without the framework’s scripts', () => {
  const expected = new Set(['/_next/static/chunks/react.js', '/_next/static/chunks/polyfills.js']);
  const page = (extra = '') =>
    '<!DOCTYPE html><html lang="en"><head><link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>' +
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/react.js"/>' +
    `<script src="/_next/static/chunks/react.js" async="" nonce="m"></script>${extra}<title>About</title>` +
    '<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head><body><a href="/en/cases">People</a>' +
    '<script id="_R_" nonce="m">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>' +
    '<script nonce="m">(self.__next_f=self.__next_f||[]).push([0])</script><script nonce="m">self.__next_f.push([1,"0:{}"])</script>' +
    '<script nonce="m">$RC("B:0","S:0")</script></body></html>';

  it('keeps the markup and the styles, drops the framework’s scripts, preloads and RSC payload, and adds the language links’ script', () => {
    const html = withoutFrameworkScripts(page(), expected)!;
    expect(html).toContain('<a href="/en/cases">People</a>');
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>');
    expect(html).not.toMatch(/_next\/static\/chunks\/[^"]*\.js/);
    expect(html).not.toContain('__next_f');
    expect(html).not.toContain('TURBOPACK');
    expect(html).toContain(`<script src="${LANGUAGE_LINKS_SCRIPT}" defer></script></head>`);
  });

  it('keeps React’s own inline script that reveals a part streamed in late', () => {
    expect(withoutFrameworkScripts(page(), expected)).toContain('<script nonce="m">$RC("B:0","S:0")</script>');
  });

  it('leaves a page alone that loads a script its path’s page does not: it is another page', () => {
    expect(withoutFrameworkScripts(page('<script src="/_next/static/chunks/sign-form.js" async=""></script>'), expected)).toBeNull();
  });
});
