// The foundation, seen in real Chromium: the launcher only on the Sync tab, the wizard's code
// only on use, the panel in an isolated shadow root, and a background that answers and refuses.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { adminUrl, FOREIGN_HOST, SO_HOST } from './browser';
import { probe } from './cdp';
import { useE2eSession } from './session';
import { frameOf, NOT_OPENED, wizardNotOpened } from './wizard-helpers';

const env = useE2eSession();

const launcher = (page: Page) => page.locator('so-erp-sync-launcher button');
const panel = (page: Page) => frameOf(page).locator('[role="dialog"]');
/** The frame's host, as the page sees it: shown or hidden by the content script. */
const shownFrames = (page: Page) => page.locator('so-erp-sync-wizard:visible');

async function openPage(url: string): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(url);
  return page;
}

describe('launcher', () => {
  it('appears on the Sync tab in English and Norwegian, named for screen readers', async () => {
    const page = await openPage(adminUrl('Cust12345', '#quote-sync/sync'));
    await expect.poll(() => launcher(page).count(), { timeout: 10_000 }).toBe(1);
    expect(await launcher(page).textContent()).toBe('ERP Sync setup');
    await page.goto(adminUrl('Cust12345', '#quote-sync/sync', 'no'));
    await expect.poll(() => launcher(page).textContent(), { timeout: 10_000 }).toBe('ERP-synk-oppsett');
    await page.close();
  });

  it('tells the toolbar popup which screen a tab shows, by a probe in the content-script world', async () => {
    const sync = await openPage(adminUrl('Cust12345', '#quote-sync/sync'));
    await launcher(sync).waitFor();
    const users = await openPage(adminUrl('Cust12345', '#users'));
    const popup = await openPage(`chrome-extension://${env.browser.extensionId}/popup.html`);
    const statusOf = (url: string) =>
      popup.evaluate(async (u) => {
        // Host access to SuperOffice lets the extension see these tabs' addresses (no "tabs" permission).
        const tab = (await chrome.tabs.query({})).find((t) => t.url === u);
        return chrome.runtime.sendMessage({ type: 'ui/tab-status', tabId: tab?.id });
      }, url);
    expect(await statusOf(sync.url())).toEqual({ ok: true, value: { superOffice: true, tenant: `https://${SO_HOST}/Cust12345`, screen: 'sync-tab' } });
    expect(await statusOf(users.url())).toEqual({ ok: true, value: { superOffice: true, tenant: `https://${SO_HOST}/Cust12345`, screen: 'other-admin-screen' } });
    // The page's own world cannot see or replace the launcher's check.
    expect(await users.evaluate(() => typeof (globalThis as Record<symbol, unknown>)[Symbol.for('so-erp-sync-screen')])).toBe('undefined');
    await Promise.all([sync.close(), users.close(), popup.close()]);
  });

  it('still opens the wizard when the page has an element named "browser" (named access on window)', async () => {
    const page = await openPage(adminUrl('Cust12345', '#quote-sync/sync'));
    await page.evaluate(() => {
      const form = Object.assign(document.createElement('form'), { name: 'browser', id: 'browser' });
      document.body.append(form, Object.assign(document.createElement('div'), { id: 'chrome' }));
    });
    await launcher(page).click();
    await panel(page).waitFor({ timeout: 10_000 });
    await page.close();
  });

  it('follows screen changes made without a page load', async () => {
    const page = await openPage(adminUrl('Cust12345', '#users'));
    await page.waitForTimeout(1000);
    expect(await launcher(page).count()).toBe(0);
    await page.evaluate(() => (location.hash = '#quote-sync/sync'));
    await expect.poll(() => launcher(page).count(), { timeout: 10_000 }).toBe(1);
    await page.evaluate(() => (location.hash = '#users'));
    await expect.poll(() => launcher(page).count(), { timeout: 10_000 }).toBe(0);
    await page.close();
  });

  it('recognises the headings by their visible words, whatever the whitespace, and only while both are shown', async () => {
    const page = await openPage(adminUrl('Cust12345', '#users'));
    await page.waitForTimeout(500);
    expect(await launcher(page).count()).toBe(0);
    await page.evaluate(() => {
      const box = Object.assign(document.createElement('div'), { id: 'moved-here' });
      box.innerHTML = '<h3>Sync\n    Connectors</h3><h3>ERP\u00a0connections</h3><script>"Sync Connectors ERP connections"</script>';
      document.body.append(box);
    });
    await expect.poll(() => launcher(page).count(), { timeout: 10_000 }).toBe(1);
    await page.evaluate(() => ((document.querySelector('#moved-here h3:last-of-type') as HTMLElement).style.visibility = 'hidden'));
    await expect.poll(() => launcher(page).count(), { timeout: 10_000 }).toBe(0);
    await page.close();
  });

  it('does not appear outside SuperOffice admin pages', async () => {
    const main = await openPage(`https://${SO_HOST}/Cust12345/default.aspx`);
    const foreign = await openPage(adminUrl('Cust12345', '#quote-sync/sync', undefined, FOREIGN_HOST));
    // The foreign host serves the very same Sync tab: only the match patterns keep us out.
    await expect.poll(() => foreign.getByText('ERP connections', { exact: true }).count()).toBeGreaterThan(0);
    await main.waitForTimeout(1500);
    expect(await launcher(main).count()).toBe(0);
    expect(await launcher(foreign).count()).toBe(0);
    await main.close();
    await foreign.close();
  });
});

describe('wizard panel', () => {
  it('loads the wizard only on use, opens it in an extension-origin frame and gets a ping answered', async () => {
    const page = await env.browser.context.newPage();
    const seen = await probe(page, env.browser.extensionId);
    await page.goto(adminUrl('Cust12345', '#quote-sync/sync'));
    await expect.poll(() => launcher(page).count(), { timeout: 10_000 }).toBe(1);
    expect(seen.scripts).toContain('/launcher.js');
    expect(seen.scripts).not.toContain('/content-scripts/wizard.js');
    // The frame is preloaded with the button, hidden and unbound: it shows nothing and is served nothing.
    await expect.poll(() => page.frames().some((f) => f.url().includes('/wizard-frame.html')), { timeout: 10_000 }).toBe(true);
    const preloaded = page.frames().find((f) => f.url().includes('/wizard-frame.html'));
    expect(await preloaded?.evaluate(`chrome.runtime.sendMessage({ type: 'panel/drafts-list' })`)).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(await wizardNotOpened(page)).toEqual(NOT_OPENED);

    await launcher(page).click();
    await expect.poll(() => panel(page).count(), { timeout: 10_000 }).toBe(1);
    expect(seen.scripts).toContain('/content-scripts/wizard.js');
    const status = frameOf(page).locator('.bg-status');
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 10_000 }).toBe('ok');
    expect(await status.textContent()).toMatch(/^Extension ready \(version \d+\.\d+\.\d+, answered in \d+ ms\)\.$/);
    // Focus lands in the panel; Escape closes it and gives focus back to the launcher.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SO-ERP-SYNC-WIZARD');
    await page.keyboard.press('Escape');
    await expect.poll(() => shownFrames(page).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SO-ERP-SYNC-LAUNCHER');
    // Opening again reuses the same panel rather than stacking a second one.
    await page.keyboard.press('Enter');
    await expect.poll(() => shownFrames(page).count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('so-erp-sync-wizard').count()).toBe(1);
    // The frame is the extension's own document: the page's scripts cannot look inside it.
    expect(await page.evaluate(() => { try { return (document.querySelector('so-erp-sync-wizard')?.shadowRoot?.querySelector('iframe')?.contentDocument ?? null) === null; } catch { return true; } })).toBe(true);
    await page.close();
  });

  it('keeps its styles isolated both ways and ignores the page font size', async () => {
    const page = await openPage(adminUrl('Cust12345', '#quote-sync/sync'));
    await page.addStyleTag({ content: 'html{font-size:40px!important} *{color:rgb(255,0,0)!important;font-family:serif!important}' });
    const pageHeading = page.getByText('ERP connections', { exact: true });
    const before = await pageHeading.evaluate((el) => getComputedStyle(el).fontSize + getComputedStyle(el).backgroundColor);
    await launcher(page).click();
    await expect.poll(() => panel(page).count(), { timeout: 10_000 }).toBe(1);
    const title = frameOf(page).locator('h2');
    const look = await title.evaluate((el) => ({ size: getComputedStyle(el).fontSize, color: getComputedStyle(el).color }));
    expect(look).toEqual({ size: '18px', color: 'rgb(255, 255, 255)' });
    expect(await panel(page).evaluate((el) => getComputedStyle(el).width)).toBe('420px');
    expect(await pageHeading.evaluate((el) => getComputedStyle(el).fontSize + getComputedStyle(el).backgroundColor)).toBe(before);
    await page.close();
  });

  it('is in Norwegian on a Norwegian CRM page', async () => {
    const page = await openPage(adminUrl('Cust12345', '#quote-sync/sync', 'no'));
    await launcher(page).click();
    await expect.poll(() => frameOf(page).locator('h2').textContent(), { timeout: 10_000 }).toBe('ERP-synk-oppsett');
    await expect.poll(() => frameOf(page).locator('.bg-status').textContent(), { timeout: 10_000 }).toMatch(/^Utvidelsen er klar/);
    await page.close();
  });
});

describe('background worker', () => {
  it('refuses messages a content script may not send, and malformed ones', async () => {
    const page = await env.browser.context.newPage();
    const seen = await probe(page, env.browser.extensionId);
    await page.goto(adminUrl('Cust12345', '#quote-sync/sync'));
    await expect.poll(() => launcher(page).count(), { timeout: 10_000 }).toBe(1);
    const send = (msg: unknown) => seen.evalInContentScript<{ ok: boolean; error?: { code: string } }>(`chrome.runtime.sendMessage(${JSON.stringify(msg)})`);
    // The panel's messages come only from the wizard's own frame now, never from the page's side.
    expect(await send({ type: 'panel/ping', sentAt: 1 })).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(await send({ type: 'panel/drafts-list' })).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(await send({ type: 'ui/open-wizard', tabId: 1 })).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    // No ticket for a frame without the consultant's open first.
    expect(await send({ type: 'cs/wizard-ticket' })).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(await send({ type: 'cs/open-wizard', extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await send({ type: 'bg/fetch-anything', url: 'https://evil.example' })).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    await page.close();
  });

  it('opens the wizard for the toolbar on an admin screen it does not recognise, and only there', async () => {
    const admin = await openPage(adminUrl('Cust12345', '#users'));
    const foreign = await openPage(adminUrl('Cust12345', '#quote-sync/sync', undefined, FOREIGN_HOST));
    const popup = await openPage(`chrome-extension://${env.browser.extensionId}/popup.html`);
    // The extension sees URLs only of SuperOffice tabs (no "tabs" permission): find the foreign
    // tab as the one opened right after the admin tab.
    const tabIdOf = (url: string, offset = 0) =>
      popup.evaluate(
        async ([u, off]) => {
          const tabs = await chrome.tabs.query({ currentWindow: true });
          const at = tabs.find((t) => t.url === u)?.index;
          return at === undefined ? undefined : tabs.find((t) => t.index === at + off)?.id;
        },
        [url, offset] as const,
      );
    const open = (tabId: number | undefined) => popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'ui/open-wizard', tabId: id }), tabId);
    expect(await open(await tabIdOf(adminUrl('Cust12345', '#users')))).toEqual({ ok: true, value: { opened: true } });
    await expect.poll(() => panel(admin).count(), { timeout: 10_000 }).toBe(1);
    const foreignTab = await tabIdOf(adminUrl('Cust12345', '#users'), 1);
    expect(foreignTab).toEqual(expect.any(Number));
    expect(await open(foreignTab)).toMatchObject({
      ok: false,
      error: { code: 'not-superoffice-page' },
    });
    expect(await foreign.locator('so-erp-sync-wizard').count()).toBe(0);
    // The popup itself, looking at a tab that is not SuperOffice, says how to get there.
    expect(await popup.getByTestId('tab-status').textContent()).toBe('This tab is not a SuperOffice Settings and maintenance page.');
    expect(await popup.getByRole('button', { name: 'Open the wizard on this page' }).isDisabled()).toBe(true);
    await Promise.all([admin.close(), foreign.close(), popup.close()]);
  });
});
