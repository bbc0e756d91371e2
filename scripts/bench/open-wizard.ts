// Time from navigation to the launcher on the Sync tab, and from a click on it to a wizard the
// consultant can use (panel shown and focus inside it), both measured inside the page.
import type { BrowserContext, Page } from 'playwright-core';
import { adminUrl } from '../../tests/e2e/browser';
import { frameOf } from '../../tests/e2e/wizard-helpers';
import { atMost, sampled, type Figure } from './stats';

const SYNC_TAB = adminUrl('Cust12345', '#quote-sync/sync');

/** Main-world script: notes when the launcher's element enters the page. */
const WATCH_LAUNCHER = `(() => {
  new MutationObserver((_, o) => {
    if (document.querySelector('so-erp-sync-launcher')) { window.__launcherAt = performance.now(); o.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
})()`;

/** What the wizard's frame marks once its panel is drawn and focused (entrypoints/wizard-frame.tsx). */
const INTERACTIVE_MARK = 'erp-sync-wizard-interactive';

/**
 * Clicks the launcher and gives the ms until the wizard panel, in its extension-origin frame, is
 * drawn with focus inside it and `ready` (a selector in the panel) there. The click comes from
 * the browser (Playwright's input): the launcher ignores clicks a page script makes. Timed from the
 * click event's own time stamp in the page to the frame's mark, both on the shared wall clock
 * (performance.timeOrigin): the frame is another document, in another process.
 */
export async function clickLauncherTimed(page: Page, ready: string, what: string): Promise<number> {
  type Clicked = { __clickedAt?: number };
  await page.evaluate(() => {
    const w = window as unknown as Clicked;
    delete w.__clickedAt;
    window.addEventListener('click', (e) => void (w.__clickedAt ??= performance.timeOrigin + e.timeStamp), { capture: true });
  });
  await page.locator('so-erp-sync-launcher button').click();
  await frameOf(page).locator(ready).first().waitFor({ timeout: 10_000 });
  const frame = page.frames().find((f) => f.url().includes('/wizard-frame.html'));
  if (!frame) throw new Error(`${what}: no wizard frame`);
  const markedAt = await frame.evaluate((mark) => {
    const e = performance.getEntriesByName(mark)[0];
    return e ? performance.timeOrigin + e.startTime : null;
  }, INTERACTIVE_MARK);
  const clickedAt = await page.evaluate(() => (window as unknown as Clicked).__clickedAt);
  if (markedAt === null || clickedAt === undefined) throw new Error(`${what}: not timed`);
  return markedAt - clickedAt;
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
