// The core walk in Firefox ESR with the MV2 test build: the launcher, the wizard from step 1 to OK
// against the stand-in (the connector's fields read from Firefox), a draft resumed after a
// reload, focus in and out of the panel's extension-origin frame, the popup's draft list and the
// options page. Chromium runs the full suite (tests/e2e).
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { adminUrl, openExtensionPage, SO_HOST } from './firefox';
import { launcherButton, launcherCount, openWizard, panelOf, until } from './panel';
import { useFirefoxSession } from './session';

const env = useFirefoxSession();

interface State {
  tenants: Record<string, { connectors: Record<string, unknown>[]; connections: Record<string, unknown>[] }>;
}
const crmState = (page: Page): Promise<State> => page.evaluate(async () => (await fetch('/__standin/state')).json() as Promise<State>);

async function newPage(): Promise<Page> {
  return env.firefox.browser.newPage();
}

describe('Firefox: the launcher', () => {
  it('appears on the Sync tab, in English and Norwegian, and not on another admin screen', async () => {
    const page = await newPage();
    await page.goto(adminUrl('Cust12345', '#users'));
    await page.waitForSelector('main h2');
    await new Promise((r) => setTimeout(r, 1500)); // the watcher looks 250 ms after the page settles
    expect(await launcherCount(page)).toBe(0);
    await page.evaluate(() => (location.hash = '#quote-sync/sync'));
    const button = await until('the launcher', () => launcherButton(page), (b) => b !== null);
    expect(await button!.evaluate((b) => b.textContent)).toBe('ERP Sync setup');
    await page.goto(adminUrl('Cust12345', '#quote-sync/sync', 'no'));
    await until('the Norwegian launcher', async () => (await launcherButton(page))?.evaluate((b) => b.textContent), (t) => t === 'ERP-synk-oppsett');
    await page.evaluate(() => (location.hash = '#lists'));
    await until('the launcher gone', () => launcherCount(page), (n) => n === 0);
    await page.close();
  });

  it('shows its button in the same-origin frame that holds the lists (all_frames), not in the page around it', async () => {
    const page = await newPage();
    await page.goto(adminUrl('Cust12345', '#quote-sync/sync').replace('default.aspx', 'default.aspx?variant=frames'));
    const frame = await until('the frame', async () => page.frames().find((f) => f.url().includes('variant=framed')), (f) => f !== undefined);
    await until('the launcher in the frame', () => frame!.$$eval('so-erp-sync-launcher', (els) => els.length), (n) => n === 1);
    expect(await launcherCount(page)).toBe(0);
    await page.close();
  });
});

describe('Firefox: the wizard', () => {
  it('walks from step 1 to OK: fields read from Firefox, a failed test, a fix, a pass, and the CRM holds it', async () => {
    const page = await newPage();
    const panel = await openWizard(page, adminUrl('Cust12345', '#quote-sync/sync'));
    expect(await panel.heading()).toBe('Install the sync app');
    await panel.click('Next');

    await panel.waitHeading('Sync Connector');
    await panel.fill('Name', 'Firefox finance');
    await panel.fill('URL', env.standin.connectors.finance as string);
    await panel.click('Next');

    await panel.waitHeading('ERP connection');
    await until('the connector fields', () => panel.$('[data-field="companyDb"]'), (f) => f !== null, 20_000);
    expect(await panel.texts('.help')).toContain('Fields as the connector reports them (read from this browser).');
    expect(await panel.value('Page size')).toBe('100');
    await panel.fill(/^Name/, 'Firefox ERP');
    await panel.fill(/^Company database/, 'DEMO');
    await panel.fill(/^User name/, 'demo');
    await panel.fill(/^Password/, 'wrong');
    await panel.click('Next');

    await panel.waitHeading('Test ERP connection');
    await panel.click('Test ERP connection');
    await until('a failed test from the browser', () => panel.attr('[data-testid="browser-result"]', 'data-kind'), (k) => k === 'connector-error', 25_000);
    expect(await panel.text('[data-testid="browser-result"]')).toContain('INVALID_CREDENTIALS');
    await panel.click('Back');
    await panel.waitHeading('ERP connection');
    await panel.fill(/^Password/, 'demo123');
    await panel.click('Next');
    await panel.waitHeading('Test ERP connection');
    await panel.click('Test ERP connection');
    await until('a passed test from the browser', () => panel.attr('[data-testid="browser-result"]', 'data-kind'), (k) => k === 'ok', 25_000);
    await panel.click('Next');

    await panel.waitHeading('OK');
    expect(await panel.blockers()).toEqual([]);
    await panel.click('OK');
    await panel.waitHeading('Next steps', 25_000);
    expect(await panel.text('[data-testid="applied"]')).toBe('✓ Saved. The ERP connection “Firefox ERP” is now in the CRM’s list.');
    const tenant = (await crmState(page)).tenants['Cust12345'];
    expect(tenant?.connectors.filter((c) => !c.Deleted)).toEqual([expect.objectContaining({ DisplayName: 'Firefox finance', URL: env.standin.connectors.finance })]);
    const connections = tenant?.connections.filter((c) => !c.Deleted) ?? [];
    expect(connections).toHaveLength(1);
    expect(connections[0]).toMatchObject({ DisplayName: 'Firefox ERP', ConfigFields: expect.objectContaining({ companyDb: 'DEMO', username: 'demo', password: 'demo123' }) });
    await page.close();
  });

  it('resumes a draft after a reload, at its step and with its values', async () => {
    const page = await newPage();
    const panel = await openWizard(page, adminUrl('Cust67890', '#quote-sync/sync'));
    await panel.click('Next');
    await panel.waitHeading('Sync Connector');
    await panel.fill('Name', 'Firefox draft');
    await panel.fill('URL', env.standin.connectors.finance as string);
    await panel.click('Next');
    await panel.waitHeading('ERP connection');
    await until('the connector fields', () => panel.$('[data-field="companyDb"]'), (f) => f !== null, 20_000);
    await panel.fill(/^Name/, 'Resumed in Firefox');
    await panel.fill(/^Company database/, 'FJORD');
    await until('the draft saved', () => panel.attr('[data-testid="save-state"]', 'data-state'), (s) => s === 'saved');
    await page.reload();

    const again = await openWizard(page, adminUrl('Cust67890', '#quote-sync/sync'));
    await again.waitHeading('ERP connection');
    await until('the connector fields', () => again.$('[data-field="companyDb"]'), (f) => f !== null, 20_000);
    expect(await again.value(/^Name/)).toBe('Resumed in Firefox');
    expect(await again.value(/^Company database/)).toBe('FJORD');
    await page.close();
  });
});

describe('Firefox: the panel in its frame', () => {
  it('takes focus into its extension-origin frame, which the page cannot read; Escape gives focus back to the launcher, Enter opens it again', async () => {
    const page = await newPage();
    const panel = await openWizard(page, adminUrl('Cust12345', '#quote-sync/sync'));
    await until('focus in the frame, on the panel title', () => panel.focus(), (f) => f.has && f.id === 'erp-panel-title');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SO-ERP-SYNC-WIZARD');
    // The frame is the extension's own document: the page's scripts cannot look inside it.
    expect(await page.evaluate(() => { try { return (document.querySelector('so-erp-sync-wizard')?.shadowRoot?.querySelector('iframe')?.contentDocument ?? null) === null; } catch { return true; } })).toBe(true);
    await page.keyboard.press('Escape');
    await until('the frame hidden', () => panel.shown(), (s) => !s);
    await until('focus on the launcher', () => page.evaluate(() => document.activeElement?.tagName), (t) => t === 'SO-ERP-SYNC-LAUNCHER');
    await page.keyboard.press('Enter');
    await until('the frame shown again', () => panel.shown(), (s) => s);
    expect(await page.$$eval('so-erp-sync-wizard', (els) => els.length)).toBe(1);
    await until('focus back in the frame', () => panel.focus(), (f) => f.has && f.id === 'erp-panel-title');
    await page.close();
  });
});

describe('Firefox: the extension pages', () => {
  it("the popup lists each tenant's drafts", async () => {
    const popup = await newPage();
    await openExtensionPage(popup, env.firefox.base, 'popup.html');
    const tenants = await until('the tenants', () => popup.$$eval('.tenant h3', (els) => els.map((e) => e.textContent)), (t) => t.length > 0);
    expect(tenants).toContain(`https://${SO_HOST}/Cust67890`);
    const entry = `[data-tenant="https://${SO_HOST}/Cust67890"]`;
    expect(await popup.$$eval(`${entry} strong`, (els) => els.map((e) => e.textContent))).toEqual(['Untitled draft']);
    expect(await popup.$eval(entry, (e) => e.textContent)).toContain('Firefox draft'); // its connector
    // Open: a new tab on the tenant's Settings and maintenance, the draft resumed there.
    const opened = env.firefox.browser.waitForTarget((t) => t.url().startsWith(`https://${SO_HOST}/Cust67890/admin/`), { timeout: 20_000 });
    await (await popup.$(`${entry} button[aria-label="Open Untitled draft"]`))!.click();
    const tab = await (await opened).page();
    const panel = panelOf(tab!);
    await panel.waitOpen();
    await panel.waitHeading('ERP connection');
    await until('the resumed values', () => panel.value(/^Name/), (v) => v === 'Resumed in Firefox', 20_000);
    await Promise.all([popup.close(), tab!.close()]);
  });

  it('the options page lists the granted connector host and keeps a setting the wizard then follows', async () => {
    const options = await newPage();
    await openExtensionPage(options, env.firefox.base, 'options.html');
    const listed = await until('the connector hosts', () => options.$eval('section[aria-labelledby="hosts-title"]', (s) => s.textContent ?? ''), (t) => t.includes('http://127.0.0.1/*'));
    expect(listed).toContain('http://127.0.0.1/*');
    const norwegian = await options.$('input[name="language"][value="no"]');
    await norwegian!.click();
    await until('the choice saved', () => options.$$eval('section[aria-labelledby="settings-title"] p[role="status"]', (ps) => ps.map((p) => p.textContent).join('')), (t) => t !== '');
    await openExtensionPage(options, env.firefox.base, 'options.html');
    await until('the choice kept', () => options.$eval('input[name="language"][value="no"]', (i) => (i as HTMLInputElement).checked), (c) => c);

    const page = await newPage();
    const panel = await openWizard(page, adminUrl('Cust12345', '#quote-sync/sync'));
    await until('the panel in Norwegian', () => panel.text('h2'), (h) => h === 'ERP-synk-oppsett');
    await (await options.$('input[name="language"][value="follow-crm"]'))!.click();
    await Promise.all([page.close(), options.close()]);
  });
});
