// Brings the browser the end-to-end tests drive, so `npm test` needs nothing installed by hand.
//
// playwright.config.ts uses Debian's Chromium at /usr/bin/chromium where there is one. Missing, and
// run as root on a machine with apt-get (a CI container, a fresh server), this installs Debian's
// `chromium` package; otherwise it runs Playwright's own installer, which downloads its Chromium
// into the user's cache. Either way it says what it does first; with a browser present it is silent.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemChromium = '/usr/bin/chromium';

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}).`);
    process.exit(result.status ?? 1);
  }
}

function playwrightChromium(): string | null {
  try {
    const file = chromium.executablePath();
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

if (existsSync(systemChromium) || playwrightChromium()) process.exit(0);

const isRoot = process.getuid?.() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log(`No browser for the end-to-end tests: installing Debian's chromium with apt-get (to ${systemChromium}).`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], env);
  run('apt-get', ['install', '-y', '-qq', 'chromium'], env);
} else {
  console.log("No browser for the end-to-end tests: installing Playwright's Chromium (npx playwright install chromium).");
  run('npx', ['playwright', 'install', 'chromium']);
}
