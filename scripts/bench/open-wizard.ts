// Time from navigation to the launcher on the Sync tab, and from a click on it to a wizard the
// consultant can use (panel shown and focus inside it), both measured inside the page.
import type { BrowserContext } from 'playwright-core';
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
 * Resolves when focus has entered the wizard panel, in ms after the consultant's click. The click
 * itself comes from the browser (Playwright's input): the launcher ignores clicks a page script
 * makes. Its moment is the click event's own time stamp, seen first on the window.
 */
const AWAIT_INTERACTIVE = `window.__interactive = new Promise((done, fail) => {
  let t0;
  const timer = setTimeout(() => fail(new Error('wizard not interactive in 10 s')), 10000);
  window.addEventListener('click', (e) => { t0 ??= e.timeStamp; }, { capture: true });
  document.addEventListener('focusin', (e) => {
    const host = e.target;
    if (t0 !== undefined && host instanceof Element && host.localName === 'so-erp-sync-wizard' && host.shadowRoot.querySelector('[role="dialog"]')) {
      clearTimeout(timer);
      done(performance.now() - t0);
    }
  });
}), undefined`; // (not the promise itself: evaluate would wait for it before the click)

export async function openWizardFigures(context: BrowserContext, runs: number): Promise<Figure[]> {
  const toLauncher: number[] = [];
  const toInteractive: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const page = await context.newPage();
    await page.addInitScript(WATCH_LAUNCHER);
    await page.goto(SYNC_TAB);
    await page.locator('so-erp-sync-launcher button').waitFor();
    const at = await page.evaluate(() => (window as unknown as { __launcherAt: number }).__launcherAt);
    await page.evaluate(AWAIT_INTERACTIVE);
    await page.locator('so-erp-sync-launcher button').click();
    const click = await page.evaluate(() => (window as unknown as { __interactive: Promise<number> }).__interactive);
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
