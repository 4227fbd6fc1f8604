import { openSignedIn } from './tests/e2e/support/app';
import { launchChromium, openTvPage } from './tests/e2e/support/browser';
import { openFromSideMenu, focusedTestId, pressKey } from './tests/e2e/support/moreNavigation';
import { build } from 'vite';
await build({ root: process.cwd(), logLevel: 'error', mode: 'production', build: { outDir: '/tmp/shows-dist', emptyOutDir: true, minify: false } });
const { startAppServer } = await import('./scripts/appServer');
const app = await startAppServer({ distDir: '/tmp/shows-dist', host: '127.0.0.1', port: 0, sandbox: { log: () => {} } });
const browser = await launchChromium();
const tv = await openTvPage(browser);
tv.on('console', (m) => { if (m.text().includes('DBG')) console.log(Date.now() % 100000, m.text()); });
tv.on('request', (r) => { if (r.url().includes('/api/shows/')) console.log('req', Date.now() % 100000, r.url().replace(app.url, '')); });
await openSignedIn(tv, app, 'demo');
for (let i = 0; i < 300; i++) { const t = await tv.getByTestId('member-login').innerText().catch(() => ''); if (t === 'demo') break; await tv.waitForTimeout(20); }
await openFromSideMenu(tv, 'shows');
for (let i = 0; i < 300 && (await focusedTestId(tv)) !== 'shows-poster'; i++) await tv.waitForTimeout(20);
console.log('enter', Date.now() % 100000);
await pressKey(tv, 'Enter');
await tv.waitForTimeout(2000);
await browser.close(); await app.close();
