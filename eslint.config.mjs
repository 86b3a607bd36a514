import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

// The direction of imports (README, "Map of the code"): routes and components sit on the domains,
// the domains on the shared modules and db/, never the other way. scripts/check-import-cycles.ts
// checks the rest: no cycle between the folders of lib/.
const domains = ['auth', 'cases', 'letters', 'mail', 'petitions', 'pickets', 'resolutions', 'subscriptions', 'updates', 'worker'];
const uiLayer = {
  regex: '^(@/|(\\.\\./)+)(app|components)(/|$)',
  message: 'lib/ and db/ never import app/ or components/: move what both need into lib/.',
};
const domainLayer = {
  regex: `^(@/lib/|(\\.\\./)+)(${domains.join('|')})(/|$)`,
  message: 'A shared module (lib/env, site-url, countries, actor, secrets/, email-address/, forms/, audit/, i18n/, security/, http/, geo/, jobs/, db/) imports no domain.',
};
const shared = [
  'lib/env.ts',
  'lib/site-url.ts',
  'lib/countries.ts',
  'lib/actor.ts',
  'lib/{secrets,email-address,forms,audit,i18n,security,http,geo,jobs}/**',
  'db/*.ts',
  'db/schema/**',
];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    // Test helpers and Playwright fixtures are not React hooks, whatever their names.
    files: ['tests/**', 'bench/**', 'scripts/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['lib/**', 'db/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [uiLayer] }] },
  },
  {
    // Later in the list, so it replaces the rule above for these files: both patterns apply.
    files: shared,
    rules: { 'no-restricted-imports': ['error', { patterns: [uiLayer, domainLayer] }] },
  },
  {
    // Client components read the public forms' limits from these: nothing of db/ may ride along.
    files: ['lib/*/forms.ts'],
    ignores: ['lib/auth/forms.ts', 'lib/cases/forms.ts', 'lib/updates/forms.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [uiLayer, { regex: '^@/db(/|$)', message: "A public forms.ts is read by the browser: the dashboard's forms that need db/ go in organise-forms.ts." }] },
      ],
    },
  },
  globalIgnores(['.next/**', '.data/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'db/migrations/**']),
]);
