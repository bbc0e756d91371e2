// The whole wizard in Chromium for the "finance" connector profile: a failed test, a fix, a
// passing test, OK, and then exactly the expected connector and connection in the CRM.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { adminUrl, TEST_BUILD_DIR } from './browser';
import { useE2eSession } from './session';
import { openWizard, shot } from './wizard-helpers';

const env = useE2eSession(TEST_BUILD_DIR);

interface State {
  tenants: Record<string, { connectors: Record<string, unknown>[]; connections: Record<string, unknown>[] }>;
}
// Read through the browser: the CRM's certificate is made at test time and only Chromium ignores it.
const crmState = (page: Page): Promise<State> => page.evaluate(async () => (await fetch('/__standin/state')).json());

describe('wizard: finance connector, new connector, specified visibility', () => {
  it('walks from a failed test to a fix, a pass, OK, and the CRM holds exactly it', async () => {
    const page = await env.browser.context.newPage();
    const panel = await openWizard(page, adminUrl('Cust12345', '#quote-sync/sync'));
    expect(await panel.heading()).toBe('Install the sync app');
    await shot(page, 'step-1-install');
    await panel.button('Next').click();

    // Step 2: a bad URL is explained, then fixed.
    expect(await panel.heading()).toBe('Sync Connector');
    await panel.field('Name').fill('Demo finance');
    await panel.field('URL').fill('ftp://erp.example/sync');
    await panel.button('Next').click();
    expect(await panel.errors()).toEqual(['The URL must start with app://, https://, http:// or plugin://.']);
    await panel.field('URL').fill(env.standin.connectors.finance as string);
    await shot(page, 'step-2-connector');
    await panel.button('Next').click();

    // Step 3: the connector's own fields, ordered by Rank, with decoded defaults.
    expect(await panel.heading()).toBe('ERP connection');
    await panel.root.locator('[data-field="companyDb"]').waitFor();
    const order = await panel.root.locator('[data-field]').evaluateAll((els) => els.map((e) => e.getAttribute('data-field')));
    expect(order).toEqual(['companyDb', 'username', 'password', 'pageSize', 'department', 'useVat']);
    expect(await panel.field('Page size').inputValue()).toBe('100');
    expect(await panel.field('Use VAT codes').isChecked()).toBe(true);
    expect(await panel.field(/^Department/).inputValue()).toBe('200');
    expect(await panel.root.locator('.field-label').textContent()).toContain('Test user: demo / demo123');
    await panel.field(/^Name/).fill('Finance ERP');
    await panel.root.getByLabel('Specified users + groups').check();
    await panel.field('Search users and user groups').fill('Åse');
    await panel.root.getByLabel('Åse Bråthen').check();
    await panel.field('Search users and user groups').fill('');
    await panel.root.getByLabel('Kundeservice').check();
    await panel.field(/^Company database/).fill('DEMO');
    await panel.field(/^User name/).fill('demo');
    await panel.field(/^Password/).fill('wrong');
    await panel.field(/^Department/).selectOption('300');
    await panel.field('Description (optional)').fill('Customers and invoices from the demo ERP');
    await shot(page, 'step-3-connection');
    await panel.button('Next').click();

    // Step 4: the test fails with the connector's own words, next to the fields it concerns.
    expect(await panel.heading()).toBe('Test ERP connection');
    await panel.button('Test ERP connection').click();
    const browserResult = panel.root.getByTestId('browser-result');
    await expect.poll(() => browserResult.getAttribute('data-kind'), { timeout: 20_000 }).toBe('connector-error');
    expect(await browserResult.textContent()).toContain('INVALID_CREDENTIALS');
    const concerned = await panel.root.locator('.tested-values .concerned').evaluateAll((els) => els.map((e) => e.getAttribute('data-field')));
    expect(concerned).toContain('password');
    // The CRM's own test ran too (the new connector was added to the CRM first) and refused the password.
    await expect.poll(() => panel.root.getByTestId('crm-result').getAttribute('data-kind')).toBe('config-failed');
    await shot(page, 'step-4-test-failed');
    await panel.button('Next').click();
    expect(await panel.errors()).toEqual(['The last test failed (step 4).']);

    // Fix the password: the old result is stale, a new test passes.
    await panel.button('Back').click();
    await panel.field(/^Password/).fill('demo123');
    await panel.button('Next').click();
    expect(await panel.root.locator('.result.stale').count()).toBeGreaterThan(0);
    await panel.button('Test ERP connection').click();
    await expect.poll(() => browserResult.getAttribute('data-kind'), { timeout: 20_000 }).toBe('ok');
    await shot(page, 'step-4-test-passed');
    await panel.button('Next').click();

    // Step 5: OK is enabled, applies, and the CRM holds exactly the connector and connection.
    expect(await panel.heading()).toBe('OK');
    expect(await panel.blockers()).toEqual([]);
    await shot(page, 'step-5-ok');
    await panel.button('OK').click();
    await expect.poll(() => panel.heading(), { timeout: 20_000 }).toBe('Next steps');
    expect(await panel.root.getByTestId('applied').textContent()).toBe('✓ Saved. The ERP connection “Finance ERP” is now in the CRM’s list.');
    await shot(page, 'step-6-next-steps');

    const tenant = (await crmState(page)).tenants['Cust12345'];
    expect(tenant?.connectors.filter((c) => !c.Deleted)).toEqual([
      expect.objectContaining({ DisplayName: 'Demo finance', URL: env.standin.connectors.finance }),
    ]);
    const connections = tenant?.connections.filter((c) => !c.Deleted) ?? [];
    expect(connections).toHaveLength(1);
    expect(connections[0]).toMatchObject({
      DisplayName: 'Finance ERP',
      DisplayDescription: 'Customers and invoices from the demo ERP',
      ErpConnectorId: tenant?.connectors[0]?.ErpConnectorId,
      AllAccess: false,
      AssociateAccessIds: [12],
      UserGroupAccessIds: [3],
      ConfigFields: { companyDb: 'DEMO', username: 'demo', password: 'demo123', pageSize: '[I:100]', department: '300', useVat: '[I:1]' },
    });
    // The CRM page's own list shows it, without the consultant hunting for it.
    // (Outside the panel: its sync priority list names the connection too.)
    await expect.poll(() => page.locator('body > :not(so-erp-sync-wizard)').getByText('Finance ERP', { exact: true }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await panel.button('Show it in the list').click();
    // The panel's frame asks the content script on the page to draw it (a round trip through the background).
    await expect.poll(() => page.locator('so-erp-sync-highlight').count()).toBe(1);
    await page.close();
  });
});
