// Issue 17 in Chromium: the panel's two ways in. A tenant with no way chosen opens on the choice
// screen (focus on its heading, axe clean); the choice is remembered for the tenant and the compact
// switch changes it; the popup's "Check existing connections" opens the panel on the tab in that
// way, whether the panel was there already or not; its `mode` is validated.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { adminUrl, TEST_BUILD_DIR } from './browser';
import { axePanel } from './axe';
import { useE2eSession } from './session';
import { frameOf, panelOf, shot } from './wizard-helpers';

const env = useE2eSession(TEST_BUILD_DIR);
const SYNC = adminUrl('Cust55555', '#quote-sync/sync');

const focusedId = (page: Page) => frameOf(page).locator('body').evaluate(() => document.activeElement?.id ?? '');

async function reset(page: Page) {
  await page.goto(SYNC);
  expect(await page.evaluate(async () => (await fetch('/__standin/control', { method: 'POST', body: '{"reset":true}' })).status)).toBe(200);
}

describe('the panel’s ways in', () => {
  it('opens on a choice for a tenant with none made, remembers the choice, and switches', async () => {
    const page = await env.browser.context.newPage();
    await reset(page);
    await page.locator('so-erp-sync-launcher button').click();
    const panel = panelOf(page);
    const choice = panel.root.getByTestId('choice-screen');
    await choice.waitFor();
    await expect.poll(() => focusedId(page)).toBe('erp-choice-title');
    expect(await panel.root.locator('section[data-step]').count()).toBe(0); // not step 1
    expect(await panel.root.locator('.mode-choice').count()).toBe(0);
    expect(await choice.getByRole('button').count()).toBe(2);
    expect(await choice.textContent()).toContain('test them all at once');
    expect(await axePanel(page)).toEqual([]);
    await shot(page, 'existing-choice');
    // By keyboard: Tab to the second way, Enter.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedId(page)).toBe('');
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.root.locator('tr[data-connection]').count(), { timeout: 20_000 }).toBe(4);
    expect(await panel.button('Check existing connections').getAttribute('aria-pressed')).toBe('true');

    // Remembered for this tenant: the next open goes straight to the existing connections.
    await page.reload();
    await page.locator('so-erp-sync-launcher button').click();
    await expect.poll(() => panel.root.locator('tr[data-connection]').count(), { timeout: 20_000 }).toBe(4);
    expect(await choice.count()).toBe(0);
    // The compact switch changes the way, and that is remembered too.
    await panel.button('Set up a new connection').click();
    expect(await panel.heading()).toBe('Install the sync app');
    await page.reload();
    await page.locator('so-erp-sync-launcher button').click();
    await expect.poll(() => panel.root.locator('#erp-step-title').textContent(), { timeout: 10_000 }).toBe('Install the sync app');
    await page.close();
  });

  it('the popup opens the panel on the tab in the way asked for, open already or not', async () => {
    const page = await env.browser.context.newPage();
    await reset(page);
    const popup = await env.browser.context.newPage();
    await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html`);
    const tabId = await popup.evaluate(async (u) => (await chrome.tabs.query({ url: u.replace(/#.*/, '') + '*' }))[0]?.id, SYNC);
    expect(tabId).toEqual(expect.any(Number));
    const open = (mode: unknown) => popup.evaluate(([id, m]) => chrome.runtime.sendMessage({ type: 'ui/open-wizard', tabId: id, mode: m }), [tabId, mode] as const);
    expect(await open('everything')).toMatchObject({ ok: false, error: { code: 'invalid-message' } });

    // The consultant's click in the popup, with the CRM tab the active one (as when the toolbar popup opens).
    await page.bringToFront();
    await popup.reload();
    await expect.poll(() => popup.getByTestId('tab-status').textContent()).toMatch(/Cust55555/);
    const panel = panelOf(page);
    await popup.getByRole('button', { name: 'Check existing connections' }).click();
    await expect.poll(() => panel.root.locator('tr[data-connection]').count(), { timeout: 20_000 }).toBe(4);

    // The panel is open now: the other way reaches it at once, with no second frame.
    const again = await env.browser.context.newPage();
    await again.goto(`chrome-extension://${env.browser.extensionId}/popup.html`);
    expect(await again.evaluate(([id]) => chrome.runtime.sendMessage({ type: 'ui/open-wizard', tabId: id, mode: 'new' }), [tabId] as const)).toEqual({ ok: true, value: { opened: true } });
    await expect.poll(() => panel.root.locator('#erp-step-title').textContent(), { timeout: 10_000 }).toBe('Install the sync app');
    expect(await page.locator('so-erp-sync-wizard').count()).toBe(1);
    // Closed (hidden) and asked again: the existing connections.
    await panel.root.getByRole('button', { name: 'Close the wizard' }).click();
    expect(await again.evaluate(([id]) => chrome.runtime.sendMessage({ type: 'ui/open-wizard', tabId: id, mode: 'existing' }), [tabId] as const)).toEqual({ ok: true, value: { opened: true } });
    await expect.poll(() => panel.root.locator('tr[data-connection]').count(), { timeout: 20_000 }).toBe(4);
    await Promise.all([again.close(), page.close()]);
  });
});
