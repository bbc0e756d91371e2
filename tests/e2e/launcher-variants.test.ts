// The launcher against admin-page markup we have not seen: the stand-in's variants
// (standin/crm/variants.ts) render the same tenant's screens as another SuperOffice version
// might, in real Chromium with the production build.
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { SO_HOST } from './browser';
import { useE2eSession } from './session';
import { intoWizard, panelOf } from './wizard-helpers';
import type { Variant } from '../../standin/crm/variants';

const env = useE2eSession();

const LABEL = { en: 'ERP Sync setup', no: 'ERP-synk-oppsett' } as const;
const variantUrl = (variant: Variant, hash = '#quote-sync/sync', lang: 'en' | 'no' = 'en') =>
  `https://${SO_HOST}/Cust12345/admin/default.aspx?variant=${variant}${lang === 'no' ? '&lang=no' : ''}${hash}`;
const launcher = (where: Page | Frame) => where.locator('so-erp-sync-launcher button');

async function openPage(url: string): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(url);
  return page;
}

/** The Sync tab's lists are loaded (the tables replaced "Loading…"): what the launcher looks at is all there. */
async function listsLoaded(where: Page | Frame) {
  await where.locator('#connection-table table, #connection-table p.empty').first().waitFor();
}

describe('the launcher on list titles marked up in other ways', () => {
  const titled: Variant[] = ['th', 'caption', 'legend', 'label', 'span-heading', 'div-heading', 'spaced', 'count', 'icon'];
  for (const variant of titled) {
    it(`appears with titles as "${variant}", in English and Norwegian`, async () => {
      const page = await openPage(variantUrl(variant));
      await expect.poll(() => page.locator(`[data-variant="${variant}"]`).count()).toBe(2);
      await expect.poll(() => launcher(page).count(), { timeout: 10_000 }).toBe(1);
      expect(await launcher(page).textContent()).toBe(LABEL.en);
      await page.goto(variantUrl(variant, '#quote-sync/sync', 'no'));
      await expect.poll(() => page.locator(`[data-variant="${variant}"]`).count()).toBe(2);
      await expect.poll(() => launcher(page).textContent(), { timeout: 10_000 }).toBe(LABEL.no);
      await page.close();
    });
  }

  it('shows the counts beside the titles in the count variant (so the test above saw them)', async () => {
    const page = await openPage(variantUrl('count'));
    await listsLoaded(page);
    await expect.poll(() => page.locator('#h-connector').textContent()).toMatch(/^Sync Connectors \(\d+\)$/);
    expect(await page.locator('#h-connection .badge').textContent()).toMatch(/^\d+$/);
    await page.close();
  });

  it('does not appear where the list names are only words in running text', async () => {
    const page = await openPage(variantUrl('prose'));
    await listsLoaded(page);
    await expect.poll(() => page.locator('[data-variant="prose"]').count()).toBe(2);
    await page.waitForTimeout(1500); // the watcher looks 250 ms after the page settles
    expect(await launcher(page).count()).toBe(0);
    await page.close();
  });
});

describe('the launcher in a frame of the admin page', () => {
  it('shows its button in the frame that holds the lists, follows the frame, opens the wizard there and tells the popup', async () => {
    const page = await openPage(variantUrl('frames', '#users'));
    const frame = () => page.frames().find((f) => f.url().includes('variant=framed')) as Frame;
    await expect.poll(() => frame()?.locator('h2').count(), { timeout: 10_000 }).toBe(1);
    await page.waitForTimeout(1000);
    expect(await launcher(frame()).count()).toBe(0);
    await page.evaluate(() => (location.hash = '#quote-sync/sync'));
    await expect.poll(() => launcher(frame()).count(), { timeout: 10_000 }).toBe(1);
    expect(await launcher(page).count()).toBe(0);

    const popup = await openPage(`chrome-extension://${env.browser.extensionId}/popup.html`);
    const status = await popup.evaluate(async (u) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === u);
      return chrome.runtime.sendMessage({ type: 'ui/tab-status', tabId: tab?.id });
    }, page.url());
    expect(status).toMatchObject({ ok: true, value: { superOffice: true, screen: 'sync-tab' } });
    await popup.close();

    await launcher(frame()).click();
    // The wizard opens in the frame that asked (panelOf takes the frame as it takes a page).
    const panel = panelOf(frame() as unknown as Page);
    await panel.root.locator('[role="dialog"]').waitFor();
    await intoWizard(frame() as unknown as Page);
    expect(await panel.heading()).toBe('Install the sync app');
    await page.evaluate(() => (location.hash = '#users'));
    await expect.poll(() => launcher(frame()).count(), { timeout: 10_000 }).toBe(0);
    await page.close();
  });
});

describe('the launcher when the screen changes without a page load', () => {
  it('follows screens switched through the History API (no hashchange)', async () => {
    const page = await openPage(variantUrl('history', '#users'));
    await page.waitForTimeout(1000);
    expect(await launcher(page).count()).toBe(0);
    await page.evaluate(() => addEventListener('hashchange', () => ((window as unknown as { hashchanged: boolean }).hashchanged = true)));
    await page.getByRole('link', { name: 'Quote/Sync' }).click();
    await page.getByRole('tab', { name: 'Sync' }).click();
    await expect.poll(() => launcher(page).count(), { timeout: 10_000 }).toBe(1);
    await page.getByRole('link', { name: 'Users' }).click();
    await expect.poll(() => launcher(page).count(), { timeout: 10_000 }).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { hashchanged?: boolean }).hashchanged ?? false)).toBe(false);
    await page.goBack(); // popstate: back on the Sync tab
    await expect.poll(() => launcher(page).count(), { timeout: 10_000 }).toBe(1);
    await page.close();
  });

  it('follows a container that is replaced whole at every screen change', async () => {
    const page = await openPage(variantUrl('rerender', '#quote-sync/quote'));
    await page.waitForTimeout(1000);
    expect(await launcher(page).count()).toBe(0);
    await page.evaluate(() => ((document.getElementById('screen') as HTMLElement).dataset.old = 'yes'));
    await page.getByRole('tab', { name: 'Sync' }).click();
    await expect.poll(() => launcher(page).count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('#screen[data-old]').count()).toBe(0);
    await page.getByRole('tab', { name: 'Quote' }).click();
    await expect.poll(() => launcher(page).count(), { timeout: 10_000 }).toBe(0);
    await page.close();
  });

  it("relabels its one button when the CRM's language is switched while the page is open", async () => {
    const page = await openPage(variantUrl('lang-switch'));
    await expect.poll(() => launcher(page).textContent(), { timeout: 10_000 }).toBe(LABEL.en);
    await page.locator('#lang-switch').click();
    await expect.poll(() => page.locator('#h-connection').textContent()).toBe('ERP-koblinger');
    await expect.poll(() => launcher(page).textContent(), { timeout: 10_000 }).toBe(LABEL.no);
    await page.locator('#lang-switch').click();
    await expect.poll(() => launcher(page).textContent(), { timeout: 10_000 }).toBe(LABEL.en);
    expect(await launcher(page).count()).toBe(1);
    await page.close();
  });
});
