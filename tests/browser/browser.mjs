// Starts Debian's Chromium headless for the browser tests. Playwright gives each launch a
// fresh temporary profile (user-data-dir) and removes it on close; the flags keep Chromium from
// the background connections it would otherwise try (the test machines have no internet).
import { existsSync } from 'node:fs';

/** Debian's chromium (override with CHROMIUM). */
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launches Chromium; fails with a plain message when it or playwright-core is missing. */
export async function launch() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: run scripts/test.sh, which installs Debian's chromium`);
  }
  let playwright;
  try {
    playwright = await import('playwright-core');
  } catch {
    throw new Error('playwright-core is missing: run scripts/test.sh (it runs npm ci in tests/browser)');
  }
  return playwright.chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}
