// The popup and the options page in Chromium: drafts of two tenants listed and one opened where
// it belongs; an onsite installation added (the stand-in under a second hostname) getting the
// launcher, and losing it when removed.
import { describe, expect, it } from 'vitest';
import { adminUrl, FOREIGN_HOST, TEST_BUILD_DIR } from './browser';
import { useE2eSession } from './session';
import { openWizard, panelOf } from './wizard-helpers';

const env = useE2eSession(TEST_BUILD_DIR);

async function startDraft(custId: string, connectionName: string) {
  const page = await env.browser.context.newPage();
  const panel = await openWizard(page, adminUrl(custId, '#quote-sync/sync'));
  await panel.root.locator('summary').first().click();
  await panel.root.getByLabel('Name of this draft').fill(connectionName);
  await panel.button('Rename').click();
  await expect.poll(() => panel.root.locator('.draft-title').textContent()).toBe(`Draft: ${connectionName}`);
  await page.close();
}

describe('popup', () => {
  it('lists the drafts of two tenants and opens one on its own tenant', async () => {
    // The background says in its console when a new tab's wizard needed another injection: shown in CI's log.
    env.browser.worker.on('console', (m) => m.type() === 'warning' && console.log('worker:', m.text()));
    await startDraft('Cust12345', 'Visma for Nordlys');
    await startDraft('Cust67890', 'Tripletex for Fjord');
    const popup = await env.browser.context.newPage();
    await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html`);
    const tenants = popup.locator('.tenant h3');
    await expect.poll(() => tenants.allTextContents()).toEqual(['https://online.superoffice.com/Cust12345', 'https://online.superoffice.com/Cust67890']);
    expect(await popup.locator('[data-tenant="https://online.superoffice.com/Cust67890"] strong').allTextContents()).toEqual(['Tripletex for Fjord']);
    const [opened] = await Promise.all([env.browser.context.waitForEvent('page'), popup.getByRole('button', { name: 'Open Tripletex for Fjord' }).click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe('https://online.superoffice.com/Cust67890/admin/default.aspx');
    // Within seconds: the background must not miss the page's load and wait out its 25 s limit.
    await panelOf(opened).root.locator('.draft-title').waitFor({ timeout: 8_000 });
    await expect.poll(() => panelOf(opened).root.locator('.draft-title').textContent()).toBe('Draft: Tripletex for Fjord');
    await Promise.all([popup.close(), opened.close()]);
  });
});

describe('popup, a draft into a tab whose panel is open', () => {
  it('the panel already open on another draft switches to the one opened from the popup', async () => {
    await startDraft('Cust12345', 'Opened from the popup');
    const page = await env.browser.context.newPage();
    const panel = await openWizard(page, adminUrl('Cust12345', '#quote-sync/sync'));
    await panel.root.locator('summary').first().click();
    await panel.button('New draft').click();
    await panel.root.getByLabel('Name of this draft').fill('Shown before');
    await panel.button('Rename').click();
    await expect.poll(() => panel.root.locator('.draft-title').textContent()).toBe('Draft: Shown before');
    const popup = await env.browser.context.newPage();
    await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html`);
    const tabId = await popup.evaluate(async () => (await chrome.tabs.query({ url: 'https://online.superoffice.com/Cust12345/admin/*' }))[0]?.id);
    type All = { ok: boolean; tenants: Array<{ drafts: Array<{ id: string; name: string }> }> };
    const all = (await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'ui/drafts-all' }))) as All;
    const wanted = all.tenants.flatMap((t) => t.drafts).find((d) => d.name === 'Opened from the popup');
    expect(wanted).toBeDefined();
    const reply = await popup.evaluate(([id, tab]) => chrome.runtime.sendMessage({ type: 'ui/open-draft', id, tabId: tab }), [wanted?.id, tabId] as const);
    expect(reply).toMatchObject({ ok: true, where: 'tab' });
    await expect.poll(() => panel.root.locator('.draft-title').textContent(), { timeout: 10_000 }).toBe('Draft: Opened from the popup');
    expect(await page.locator('so-erp-sync-wizard').count()).toBe(1);
    // The switch was the panel's own: a reload later resumes the newest draft, not a stale "open this one".
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('onsite installations', () => {
  const onsiteSync = `https://${FOREIGN_HOST}/Cust12345/admin/default.aspx#quote-sync/sync`;

  it('get the launcher once added in the options, and lose it when removed', async () => {
    const site = await env.browser.context.newPage();
    await site.goto(onsiteSync);
    await site.waitForTimeout(1000);
    expect(await site.locator('so-erp-sync-launcher').count()).toBe(0);

    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await options.getByLabel('Address of the installation').fill('online.superoffice.com/Cust1/admin');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => options.getByTestId('onsite-message').textContent()).toBe('SuperOffice Online (*.superoffice.com) works without adding it here.');
    await options.getByLabel('Address of the installation').fill(`https://${FOREIGN_HOST}/Cust12345/admin/default.aspx`);
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => options.getByTestId('onsite-list').locator('code').allTextContents()).toEqual([`https://${FOREIGN_HOST}/Cust12345`]);

    await site.reload();
    await expect.poll(() => site.locator('so-erp-sync-launcher').count(), { timeout: 10_000 }).toBe(1);
    const panel = await openWizard(site, onsiteSync);
    await expect.poll(() => panel.root.locator('.bg-status').getAttribute('data-state'), { timeout: 10_000 }).toBe('ok');
    await expect.poll(() => panel.root.getByTestId('save-state').getAttribute('data-state'), { timeout: 10_000 }).not.toBe('error');

    await options.getByRole('button', { name: `Remove https://${FOREIGN_HOST}/Cust12345` }).click();
    await expect.poll(() => options.getByTestId('onsite-list').locator('li').count()).toBe(0);
    await site.reload();
    await site.waitForTimeout(1500);
    expect(await site.locator('so-erp-sync-launcher').count()).toBe(0);
    await Promise.all([site.close(), options.close()]);
  });
});

describe('connector hosts', () => {
  it('a granted host is listed in the options; once revoked, a test from the panel is refused', async () => {
    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await expect.poll(() => options.getByTestId('connector-hosts').locator('code').allTextContents()).toContain('http://127.0.0.1/*');

    const page = await env.browser.context.newPage();
    const panel = await openWizard(page, adminUrl('Cust12345', '#quote-sync/sync'));
    await panel.root.locator('summary').first().click();
    await panel.button('New draft').click();
    await panel.root.locator('summary').first().click();
    await panel.root.getByRole('button', { name: 'Step 2 of 6: Sync Connector' }).click();
    await panel.field('Name').fill('Revocation check');
    await panel.field('URL').fill(env.standin.connectors.finance as string);
    await panel.button('Next').click();
    await panel.root.locator('[data-field="companyDb"]').waitFor({ timeout: 10_000 });
    await panel.root.getByRole('button', { name: 'Step 4 of 6: Test ERP connection' }).click();
    await panel.button('Test ERP connection').click();
    const result = panel.root.getByTestId('browser-result');
    await expect.poll(() => result.getAttribute('data-kind'), { timeout: 20_000 }).toBe('connector-error'); // reached: it answered

    // The consultant revokes the host in the browser's own site-access settings.
    const settings = await env.browser.context.newPage();
    await settings.goto('chrome://extensions/');
    await settings.evaluate(
      (id) => (globalThis as unknown as { chrome: { developerPrivate: { removeHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.removeHostPermission(id, 'http://127.0.0.1/*'),
      env.browser.extensionId,
    );
    await settings.close();
    await options.reload();
    await expect.poll(() => options.getByTestId('connector-hosts').locator('code').allTextContents()).not.toContain('http://127.0.0.1/*');

    await panel.button('Test ERP connection').click();
    await expect.poll(() => result.getAttribute('data-kind'), { timeout: 20_000 }).toBe('not-permitted');
    const host = new URL(env.standin.connectors.finance as string).host;
    await expect.poll(() => panel.button(`Allow testing ${host}`).count()).toBe(1);
    await Promise.all([page.close(), options.close()]);
  });
});
