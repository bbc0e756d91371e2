// Accessibility in Chromium with axe-core (WCAG 2.1 A/AA and best practices): the wizard panel
// and the launcher at every step and in the states around them, and the extension's own pages.
// Each check reports every violation at once (rule, impact, target, what to fix).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axePage, axePanel } from './axe';
import { adminUrl, BUILD_DIR, TEST_BUILD_DIR } from './browser';
import { useE2eSession, type E2eSession } from './session';
import { openWizard, panelOf } from './wizard-helpers';

const control = (page: Page, body: object) =>
  page.evaluate(async (b) => (await fetch('/__standin/control', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(b) })).status, body);

/** Runs axe on the panel and launcher, or on a whole extension page; every violation is listed. */
function checker(page: () => Page) {
  return {
    panel: async (state: string) => {
      expect.soft(await axePanel(page()), `axe on the panel: ${state}`).toEqual([]);
    },
    page: async (state: string) => {
      expect.soft(await axePage(page()), `axe on ${state}`).toEqual([]);
    },
  };
}

/** Opens the drafts bar unless it is open already (its summary toggles). */
async function openDrafts(page: Page) {
  const root = panelOf(page).root;
  if ((await root.locator('details.drafts[open]').count()) === 0) await root.locator('details.drafts > summary').click();
}

async function closeDrafts(page: Page) {
  const root = panelOf(page).root;
  if (await root.locator('details.drafts[open]').count()) await root.locator('details.drafts > summary').click();
}

async function reachConfigFields(page: Page, connectorName: string, url: string, next = 'Next') {
  const panel = panelOf(page);
  await panel.field(connectorName === 'Navn' ? 'Navn' : 'Name').fill(connectorName === 'Navn' ? 'Filer' : connectorName);
  await panel.field('URL').fill(url);
  await panel.button(next).click();
}

describe('axe on the wizard with a reachable connector (test build)', () => {
  const env: E2eSession = useE2eSession(TEST_BUILD_DIR);
  let page: Page;
  const check = checker(() => page);

  it('finds no violations at any step, in any state around the steps', async () => {
    page = await env.browser.context.newPage();
    await page.goto(adminUrl('Cust12345', '#quote-sync/sync'));
    await page.locator('so-erp-sync-launcher button').waitFor();
    await check.panel('the launcher alone');

    const panel = await openWizard(page, adminUrl('Cust12345', '#quote-sync/sync'));
    await expect.poll(() => panel.root.locator('.bg-status').getAttribute('data-state'), { timeout: 10_000 }).toBe('ok');
    await check.panel('step 1, install');

    // The drafts bar, open, with another draft listed, a deleted one to undo, a refused import.
    await openDrafts(page);
    await panel.button('New draft').click();
    await openDrafts(page);
    await expect.poll(() => panel.root.locator('.draft-list li').count()).toBeGreaterThan(0);
    await panel.root.locator('.drafts input[type="file"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{not json') });
    await panel.root.getByTestId('import-error').waitFor();
    await check.panel('drafts bar open, another draft listed, an import refused');
    await panel.button('Delete').click();
    await panel.root.locator('.draft-notices').getByRole('button', { name: 'Undo' }).waitFor();
    await check.panel('a deleted draft with Undo');
    await panel.root.locator('.draft-notices').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => panel.root.locator('.draft-notices .notice').count()).toBe(0);
    await closeDrafts(page);

    // Step 2: an unusable URL explained, then a usable one recognised.
    await panel.button('Step 2 of 6: Sync Connector').click();
    await panel.field('Name').fill('Demo finance');
    await panel.field('URL').fill('ftp://erp.example/sync');
    await panel.button('Next').click();
    await panel.root.locator('.step-errors').waitFor();
    await check.panel('step 2, connector, with a URL problem');
    await panel.field('URL').fill(env.standin.connectors.finance as string);
    await check.panel('step 2, connector, URL recognised');

    // OK before anything is filled: disabled, with every reason.
    await panel.button('Step 5 of 6: OK').click();
    await panel.root.locator('.blockers').waitFor();
    await check.panel('step 5, OK disabled with reasons');

    // Step 3: the connector's own fields; Next with mandatory fields empty shows the problems.
    await panel.button('Step 3 of 6: ERP connection').click();
    await panel.root.locator('[data-field="companyDb"]').waitFor({ timeout: 20_000 });
    await panel.button('Next').click();
    await panel.root.locator('.step-errors').waitFor();
    await check.panel('step 3, connection, mandatory fields missing');
    await panel.field(/^Name/).fill('Finance ERP');
    await panel.root.getByLabel('Specified users + groups').check();
    await panel.field('Search users and user groups').fill('Å');
    await panel.root.getByLabel('Åse Bråthen').check();
    await panel.field(/^Company database/).fill('DEMO');
    await panel.field(/^User name/).fill('demo');
    await panel.field(/^Password/).fill('wrong');
    await panel.field(/^Department/).selectOption('300');
    await check.panel('step 3, connection, filled, specified visibility');
    await panel.button('Next').click();

    // Step 4: a failure, then a pass (with the test history).
    expect(await panel.heading()).toBe('Test ERP connection');
    await check.panel('step 4, not run yet');
    await panel.button('Test ERP connection').click();
    const browserResult = panel.root.getByTestId('browser-result');
    await expect.poll(() => browserResult.getAttribute('data-kind'), { timeout: 20_000 }).toBe('connector-error');
    await expect.poll(() => panel.root.getByTestId('crm-result').count(), { timeout: 20_000 }).toBe(1);
    await browserResult.locator('summary').click();
    await check.panel('step 4, test failed, technical detail open');
    await panel.button('Back').click();
    await panel.field(/^Password/).fill('demo123');
    await panel.button('Next').click();
    await panel.root.locator('.result.stale').first().waitFor();
    await check.panel('step 4, earlier result stale');
    await panel.button('Test ERP connection').click();
    await expect.poll(() => browserResult.getAttribute('data-kind'), { timeout: 20_000 }).toBe('ok');
    await expect.poll(() => panel.root.locator('.result.stale').count(), { timeout: 20_000 }).toBe(0);
    await panel.root.getByTestId('test-history').locator('summary').click();
    await check.panel('step 4, test passed, history open');

    // Step 5 and 6.
    await panel.button('Next').click();
    expect(await panel.blockers()).toEqual([]);
    await check.panel('step 5, OK enabled');
    await panel.button('OK').click();
    await expect.poll(() => panel.heading(), { timeout: 20_000 }).toBe('Next steps');
    await check.panel('step 6, next steps');
    await page.close();
  });

  it('finds no violations in Norwegian with every field type (files connector)', async () => {
    page = await env.browser.context.newPage();
    const panel = await openWizard(page, adminUrl('Cust67890', '#quote-sync/sync', 'no'));
    await panel.button('Neste').click();
    await reachConfigFields(page, 'Navn', env.standin.connectors.files as string, 'Neste');
    await panel.root.locator('[data-field="fileMask"]').waitFor({ timeout: 20_000 });
    await check.panel('steg 3 (Norwegian), read-only, number, date and checkbox fields');
    await page.close();
  });

  it('finds no violations when the CRM refuses its agent (values for the native dialogs)', async () => {
    page = await env.browser.context.newPage();
    await page.goto(adminUrl('Cust12345', '#quote-sync/sync'));
    expect(await control(page, { restrictAgent: true })).toBe(200);
    try {
      const panel = await openWizard(page, adminUrl('Cust12345', '#quote-sync/sync'));
      await openDrafts(page);
      await panel.button('New draft').click();
      await closeDrafts(page);
      await panel.button('Step 2 of 6: Sync Connector').click();
      await reachConfigFields(page, 'Finance by hand', env.standin.connectors.finance as string);
      await panel.root.locator('[data-field="companyDb"]').waitFor({ timeout: 20_000 });
      await panel.field(/^Name/).fill('Finance by hand');
      await panel.field(/^Password/).fill('demo123');
      await panel.button('Step 5 of 6: OK').click();
      await panel.root.locator('[data-manual="field-password"]').waitFor();
      await check.panel('step 5, CRM refused, password hidden');
      await panel.root.getByLabel('Include the password').check();
      await check.panel('step 5, CRM refused, password shown');
    } finally {
      await control(page, { restrictAgent: false });
      await page.close();
    }
  });

  it('finds no violations on the popup, the options page and the grant page', async () => {
    page = await env.browser.context.newPage();
    const base = `chrome-extension://${env.browser.extensionId}`;
    await page.goto(`${base}/popup.html`);
    await page.locator('.tenant').first().waitFor();
    await page.getByTestId('tab-status').filter({ hasNotText: 'Checking' }).waitFor();
    await check.page('the popup, drafts of two tenants');
    await page.goto(`${base}/options.html`);
    await page.getByTestId('connector-hosts').locator('code').first().waitFor();
    await check.page('the options page');
    await page.goto(`${base}/grant.html?url=${encodeURIComponent('https://erp.example.com:8443/ErpConnectorWS.svc')}`);
    await page.getByRole('button', { name: /allow/i }).waitFor();
    await check.page('the grant page');
    await page.goto(`${base}/grant.html?url=${encodeURIComponent('ftp://nope')}`);
    await page.getByRole('alert').waitFor();
    await check.page('the grant page with an unusable address');
    await page.close();
  });
});

describe('axe on the production build (connector host not yet allowed)', () => {
  const env: E2eSession = useE2eSession(BUILD_DIR);
  let page: Page;
  const check = checker(() => page);

  it('finds no violations where the panel asks to allow the connector host', async () => {
    page = await env.browser.context.newPage();
    const panel = await openWizard(page, adminUrl('Cust12345', '#quote-sync/sync'));
    await panel.button('Next').click();
    await reachConfigFields(page, 'Demo finance', env.standin.connectors.finance as string);
    await panel.root.locator('.config .notice').waitFor({ timeout: 20_000 });
    await check.panel('step 3, connector host needs allowing');
    await page.close();
  });
});
