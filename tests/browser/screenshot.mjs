// Takes the README's screenshot of the search page:
//   node screenshot.mjs BASE_URL OUT.png [PATH]
// against `oerdex demo` (see the README); uses Debian's chromium like ui.test.mjs.
// WIDTH and HEIGHT set the window (1280x900), FULL=1 takes the whole page.
import { launch } from './browser.mjs';

const DEFAULT_PATH = '/?license=cc-by&license=cc-by-sa&open=true&lang=en&lang=ar&lang=sw';
const [base, out, path = DEFAULT_PATH] = process.argv.slice(2);
if (!base || !out) {
  console.error('usage: node screenshot.mjs BASE_URL OUT.png [PATH]');
  process.exit(2);
}
const browser = await launch();
try {
  const width = Number(process.env.WIDTH || 1280);
  const height = Number(process.env.HEIGHT || 900);
  const page = await browser.newPage({ viewport: { width, height }, locale: 'en-GB' });
  await page.goto(new URL(path, base).href);
  await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
}
