// More of the wizard in Chromium: the "files" profile in Norwegian, an app:// connector that only
// the CRM can test, OK blocked for a stale test or a missing mandatory field, and the CRM
// refusing its agent so the consultant finishes in the native dialogs.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { adminUrl, TEST_BUILD_DIR } from './browser';
import { useE2eSession } from './session';
import { openWizard, shot } from './wizard-helpers';

const env = useE2eSession(TEST_BUILD_DIR);

type Row = Record<string, unknown>;
const tenantState = (page: Page, custId: string): Promise<{ connectors: Row[]; connections: Row[] }> =>
  page.evaluate(async (id) => (await (await fetch('/__standin/state')).json()).tenants[id], custId);
const control = (page: Page, body: object) =>
  page.evaluate(async (b) => (await fetch('/__standin/control', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(b) })).status, body);

describe('wizard in Norwegian with the files connector', () => {
  it('shows every field type, blocks OK with reasons, and saves the encoded values', async () => {
    const page = await env.browser.context.newPage();
    const panel = await openWizard(page, adminUrl('Cust67890', '#quote-sync/sync', 'no'));
    expect(await panel.heading()).toBe('Installer sync-appen');
    await panel.button('Neste').click();
    await panel.field('Navn').fill('Filutveksling');
    await panel.field('URL').fill(env.standin.connectors.files as string);
    await panel.button('Neste').click();
    expect(await panel.heading()).toBe('ERP-kobling');
    await panel.root.locator('[data-field="fileMask"]').waitFor();
    // ReadOnly shown, not editable; Double and Datetime defaults decoded for people.
    expect(await panel.field(/^Eksportmappe/).isEditable()).toBe(false);
    expect(await panel.field(/^Eksportmappe/).getAttribute('aria-readonly')).toBe('true');
    expect(await panel.field(/^Eksportmappe/).inputValue()).toBe('C:\\ERPExchange\\Export');
    expect(await panel.field(/^Valutakurs/).inputValue()).toBe('10.5');
    expect(await panel.field(/^Synkroniser fra/).inputValue()).toMatch(/^2024-01-01/);
    expect(await panel.field(/^Antall per fil/).inputValue()).toBe('500');
    await panel.field(/^Navn/).fill('Filer fra ERP');
    await shot(page, 'no-step-3-connection');
    // A mandatory field left empty: Next says which, and the OK step lists it with OK disabled.
    await panel.button('Neste').click();
    expect(await panel.errors()).toEqual(['Filmaske: Feltet er obligatorisk.']);
    await panel.root.getByRole('button', { name: 'Trinn 5 av 6: OK' }).click();
    expect(await panel.heading()).toBe('OK');
    expect(await panel.button('OK').isDisabled()).toBe(true);
    expect(await panel.blockers()).toEqual(['Filmaske: Feltet er obligatorisk.', 'Koblingen er ikke testet (trinn 4).']);
    await panel.root.getByRole('button', { name: 'Trinn 3 av 6: ERP-kobling' }).click();
    // A failed test (the connector refuses the file mask), then a fix.
    await panel.field(/^Filmaske/).fill('eksport/*.csv');
    await panel.field(/^Valutakurs/).fill('11.25');
    await panel.button('Neste').click();
    await panel.button('Test ERP-koblingen').click();
    const result = panel.root.getByTestId('browser-result');
    await expect.poll(() => result.getAttribute('data-kind'), { timeout: 20_000 }).toBe('connector-error');
    expect(await result.textContent()).toContain('INVALID_FILE_MASK');
    await panel.button('Tilbake').click();
    await panel.field(/^Filmaske/).fill('*.csv');
    await panel.button('Neste').click();
    await panel.button('Test ERP-koblingen').click();
    await expect.poll(() => result.getAttribute('data-kind'), { timeout: 20_000 }).toBe('ok');
    // Any edit after the test makes it stale: OK is disabled again, saying why.
    await panel.button('Tilbake').click();
    await panel.field(/^Antall per fil/).fill('250');
    await panel.root.getByRole('button', { name: 'Trinn 5 av 6: OK' }).click();
    expect(await panel.button('OK').isDisabled()).toBe(true);
    expect(await panel.blockers()).toEqual(['Verdiene er endret etter forrige test: test på nytt (trinn 4).']);
    await panel.root.getByRole('button', { name: 'Trinn 4 av 6: Test ERP-koblingen' }).click();
    await panel.button('Test ERP-koblingen').click();
    await expect.poll(() => panel.root.locator('.result.stale').count(), { timeout: 20_000 }).toBe(0);
    await panel.button('Neste').click();
    expect(await panel.heading()).toBe('OK');
    await shot(page, 'no-step-5-ok');
    await panel.button('OK').click();
    await expect.poll(() => panel.heading(), { timeout: 20_000 }).toBe('Neste trinn');
    await shot(page, 'no-step-6-next-steps');
    const tenant = await tenantState(page, 'Cust67890');
    expect(tenant.connections.filter((c) => !c.Deleted)).toEqual([
      expect.objectContaining({
        DisplayName: 'Filer fra ERP',
        AllAccess: true,
        ConfigFields: {
          exportFolder: 'C:\\ERPExchange\\Export',
          fileMask: '*.csv',
          batchSize: '[I:250]',
          currencyRate: '[F:11.25]',
          syncFrom: '[DT:01/01/2024 00:00:00.0000000]',
          deleteAfterImport: '[I:0]',
        },
      }),
    ]);
    await page.close();
  });
});

describe('wizard with an app:// connector', () => {
  it('adds it to the CRM first, reads its fields there, and tests from the CRM only', async () => {
    const page = await env.browser.context.newPage();
    const panel = await openWizard(page, adminUrl('Cust12345', '#quote-sync/sync'));
    await panel.button('Next').click();
    await panel.field('Name').fill('Online sync app');
    await panel.field('URL').fill('app://erp-sync-demo');
    expect(await panel.root.locator('#erp-url-status').textContent()).toContain('only the CRM can reach it');
    await panel.button('Next').click();
    await panel.button('Add the Sync Connector to the CRM now').click();
    await panel.root.locator('[data-field="companyDb"]').waitFor({ timeout: 20_000 });
    expect(await panel.root.locator('.config .help').first().textContent()).toBe('Fields as the CRM reports them.');
    await panel.field(/^Name/).fill('Online ERP');
    await panel.field(/^Company database/).fill('DEMO');
    await panel.field(/^User name/).fill('demo');
    await panel.field(/^Password/).fill('demo123');
    await panel.button('Next').click();
    await panel.button('Test ERP connection').click();
    await expect.poll(() => panel.root.getByTestId('crm-result').getAttribute('data-kind'), { timeout: 20_000 }).toBe('config-ok');
    expect(await panel.root.locator('.results').textContent()).toContain('Only the CRM can reach app:// and plugin:// connectors.');
    await shot(page, 'app-step-4-crm-test');
    await panel.button('Next').click();
    await panel.button('OK').click();
    await expect.poll(() => panel.heading(), { timeout: 20_000 }).toBe('Next steps');
    const tenant = await tenantState(page, 'Cust12345');
    const connector = tenant.connectors.find((c) => c.URL === 'app://erp-sync-demo' && !c.Deleted);
    expect(tenant.connectors.filter((c) => c.URL === 'app://erp-sync-demo')).toHaveLength(1);
    expect(tenant.connections.find((c) => c.DisplayName === 'Online ERP')).toMatchObject({ ErpConnectorId: connector?.ErpConnectorId, AllAccess: true });
    await page.close();
  });
});

describe('wizard when the CRM refuses its ErpSync agent', () => {
  it('says so plainly and offers the values for the native dialogs, the password only on request', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(adminUrl('Cust12345', '#quote-sync/sync'));
    expect(await control(page, { restrictAgent: true })).toBe(200);
    const panel = await openWizard(page, adminUrl('Cust12345', '#quote-sync/sync'));
    await panel.button('Next').click();
    await panel.field('Name').fill('Finance');
    await panel.field('URL').fill(env.standin.connectors.finance as string);
    await panel.button('Next').click();
    await panel.root.locator('[data-field="companyDb"]').waitFor({ timeout: 20_000 });
    await panel.field(/^Name/).fill('Finance by hand');
    await panel.field(/^Company database/).fill('DEMO');
    await panel.field(/^User name/).fill('demo');
    await panel.field(/^Password/).fill('demo123');
    await panel.button('Next').click();
    await panel.button('Test ERP connection').click();
    await expect.poll(() => panel.root.getByTestId('browser-result').getAttribute('data-kind'), { timeout: 20_000 }).toBe('ok');
    await panel.button('Next').click();
    expect(await panel.button('OK').isDisabled()).toBe(true);
    expect(await panel.root.locator('.notice.error').first().textContent()).toMatch(/restrict|rights/i);
    const password = panel.root.locator('[data-manual="field-password"]');
    expect(await password.locator('.manual-value').textContent()).toBe('•••••• (hidden)');
    expect(await panel.root.locator('[data-manual]').evaluateAll((els) => els.map((e) => e.getAttribute('data-manual')))).toEqual([
      'connector-name', 'connector-url', 'connection-name', 'connection-connector', 'connection-visibility',
      'field-companyDb', 'field-username', 'field-password', 'field-pageSize', 'field-department', 'field-useVat', 'connection-description',
    ]);
    await panel.root.getByLabel('Include the password').check();
    expect(await password.locator('.manual-value').textContent()).toBe('demo123');
    await shot(page, 'refused-manual-values');
    expect(await control(page, { restrictAgent: false })).toBe(200);
    await page.close();
  });
});
