// Time from navigation to the launcher on the Sync tab, and from a click on it to a wizard the
// consultant can use (panel shown and focus inside it), both measured inside the page.
import type { BrowserContext, Page } from 'playwright-core';
import { adminUrl } from '../../tests/e2e/browser';
import { atMost, sampled, type Figure } from './stats';

const SYNC_TAB = adminUrl('Cust12345', '#quote-sync/sync');

/** Main-world script: notes when the launcher's element enters the page. */
const WATCH_LAUNCHER = `(() => {
  new MutationObserver((_, o) => {
    if (document.querySelector('so-erp-sync-launcher')) { window.__launcherAt = performance.now(); o.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
})()`;

/**
 * Clicks the launcher and gives the ms until focus has entered the wizard panel and `ready` (a
 * selector in the panel's shadow root) is there. The click comes from the browser (Playwright's
 * input): the launcher ignores clicks a page script makes. It is timed from the click event's own
 * time stamp, seen first on the window.
 */
export async function clickLauncherTimed(page: Page, ready: string, what: string): Promise<number> {
  type Timed = { __timed: Promise<number> };
  await page.evaluate(
    ([ready, what]) => {
      (window as unknown as Timed).__timed = new Promise<number>((done, fail) => {
        let t0: number | undefined;
        const timer = setTimeout(() => fail(new Error(`${what} not in 10 s`)), 10_000);
        window.addEventListener('click', (e) => void (t0 ??= e.timeStamp), { capture: true });
        document.addEventListener('focusin', (e) => {
          const host = e.target as Element;
          if (t0 !== undefined && host.localName === 'so-erp-sync-wizard' && host.shadowRoot?.querySelector(ready)) {
            clearTimeout(timer);
            done(performance.now() - t0);
          }
        });
      });
      // Nothing returned: evaluate would wait for the promise, before the click.
    },
    [ready, what] as const,
  );
  await page.locator('so-erp-sync-launcher button').click();
  return page.evaluate(() => (window as unknown as Timed).__timed);
}

export async function openWizardFigures(context: BrowserContext, runs: number): Promise<Figure[]> {
  const toLauncher: number[] = [];
  const toInteractive: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const page = await context.newPage();
    await page.addInitScript(WATCH_LAUNCHER);
    await page.goto(SYNC_TAB);
    await page.locator('so-erp-sync-launcher button').waitFor();
    const at = await page.evaluate(() => (window as unknown as { __launcherAt: number }).__launcherAt);
    const click = await clickLauncherTimed(page, '[role="dialog"]', 'wizard interactive');
    if (i > 0) {
      // The first round warms the browser's caches; a consultant's browser has them warm too.
      toLauncher.push(at);
      toInteractive.push(click);
    }
    await page.close();
  }
  return [
    sampled('Sync tab: navigation → launcher shown', 'ms', toLauncher),
    atMost(sampled('Sync tab: launcher click → wizard interactive', 'ms', toInteractive), 100),
  ];
}
