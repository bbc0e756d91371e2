// Issue 12 in Chromium: a strict WCF connector whose contract is not the default one. Without its
// metadata the panel diagnoses a contract mismatch and takes the namespace under Advanced, then
// passes; with its WSDL published the wizard goes from a new connector URL to OK with nothing
// entered. (Ordered: the background keeps a discovered contract for the session.)
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { STRICT_CONTRACT } from '../../standin/connector/profiles';
import { axePanel } from './axe';
import { adminUrl, TEST_BUILD_DIR } from './browser';
import { useE2eSession } from './session';
import { openWizard, shot } from './wizard-helpers';

const env = useE2eSession(TEST_BUILD_DIR);

type Row = Record<string, unknown>;
const tenantState = (page: Page, custId: string): Promise<{ connectors: Row[]; connections: Row[] }> =>
  page.evaluate(async (id) => (await (await fetch('/__standin/state')).json()).tenants[id], custId);
const setMode = (mode: string) => fetch(`${env.standin.connectorOrigin}/__control/mode`, { method: 'POST', body: JSON.stringify({ profile: 'strict', mode }) });

async function toConnectionStep(page: Page, custId: string, name: string) {
  const panel = await openWizard(page, adminUrl(custId, '#quote-sync/sync'));
  await panel.button('Next').click();
  await panel.field('Name').fill(name);
  await panel.field('URL').fill(env.standin.connectors.strict as string);
  await panel.button('Next').click();
  expect(await panel.heading()).toBe('ERP connection');
  return panel;
}

describe('a strict WCF connector with its own contract', () => {
  it('metadata disabled: contract-mismatch diagnosis, the namespace entered under Advanced, then fields and a passing test', async () => {
    expect((await setMode('no-metadata')).status).toBe(200);
    const page = await env.browser.context.newPage();
    const panel = await toConnectionStep(page, 'Cust67890', 'Vendor connector');
    const advanced = panel.root.getByTestId('contract-advanced');
    await panel.root.getByTestId('contract-mismatch').waitFor({ timeout: 20_000 });
    expect(await advanced.getAttribute('open')).not.toBeNull();
    expect(await panel.root.locator('.config .notice.error').textContent()).toMatch(/another contract.*contract namespace/);
    const inUse = panel.root.getByTestId('contract-in-use');
    expect(await inUse.getAttribute('data-source')).toBe('default');
    expect(await inUse.textContent()).toContain('metadata publishing is disabled on the connector');
    await panel.field('Contract namespace (service contract)').fill('not a namespace');
    expect(await panel.root.locator('#erp-contract-namespace-problem').textContent()).toMatch(/is a URI/);
    // The open Advanced part, its diagnosis and a field's problem, all axe clean.
    expect(await axePanel(page)).toEqual([]);
    await panel.field('Contract namespace (service contract)').fill(STRICT_CONTRACT.contract);
    await shot(page, 'contract-override');
    await panel.root.getByTestId('contract-apply').click();
    await panel.root.locator('[data-field="companyDb"]').waitFor({ timeout: 20_000 });
    await expect.poll(() => inUse.getAttribute('data-source')).toBe('entered');
    expect(await inUse.getAttribute('data-member-source')).toBe('learned');
    expect(await inUse.textContent()).toContain(STRICT_CONTRACT.data);
    expect(await panel.root.getByTestId('contract-mismatch').count()).toBe(0);
    await panel.field(/^Name/).fill('Vendor ERP');
    await panel.field(/^Company database/).fill('DEMO');
    await panel.field(/^User name/).fill('demo');
    await panel.field(/^Password/).fill('demo123');
    await panel.button('Next').click();
    await panel.button('Test ERP connection').click();
    const result = panel.root.getByTestId('browser-result');
    await expect.poll(() => result.getAttribute('data-kind'), { timeout: 20_000 }).toBe('ok');
    // The override is in the draft: reopening the page brings it back.
    await page.reload();
    await page.locator('so-erp-sync-launcher button').click();
    await panel.root.getByRole('button', { name: /Step 3 of 6/ }).click();
    await expect.poll(() => panel.field('Contract namespace (service contract)').inputValue(), { timeout: 10_000 }).toBe(STRICT_CONTRACT.contract);
    await page.close();
  });

  it('WSDL published: from a new connector URL to OK with nothing entered, the contract read from the WSDL', async () => {
    expect((await setMode('ok')).status).toBe(200);
    const page = await env.browser.context.newPage();
    const panel = await toConnectionStep(page, 'Cust12345', 'Strict finance');
    await panel.root.locator('[data-field="companyDb"]').waitFor({ timeout: 20_000 });
    await panel.root.getByTestId('contract-advanced').locator('summary').click();
    const inUse = panel.root.getByTestId('contract-in-use');
    expect(await inUse.getAttribute('data-source')).toBe('wsdl');
    expect(await inUse.getAttribute('data-member-source')).toBe('wsdl');
    expect(await inUse.textContent()).toContain('?singleWsdl');
    expect(await panel.field(/^Department/).inputValue()).toBe('200');
    await panel.field(/^Name/).fill('Strict ERP');
    await panel.field(/^Company database/).fill('DEMO');
    await panel.field(/^User name/).fill('demo');
    await panel.field(/^Password/).fill('wrong');
    await panel.button('Next').click();
    await panel.button('Test ERP connection').click();
    const result = panel.root.getByTestId('browser-result');
    await expect.poll(() => result.getAttribute('data-kind'), { timeout: 20_000 }).toBe('connector-error');
    expect(await result.textContent()).toContain('The user name or password is wrong.');
    await panel.button('Back').click();
    await panel.field(/^Password/).fill('demo123');
    await panel.button('Next').click();
    await panel.button('Test ERP connection').click();
    await expect.poll(() => result.getAttribute('data-kind'), { timeout: 20_000 }).toBe('ok');
    // The connector is new: the wizard added it to the CRM at this step, so the CRM tested these very values.
    await expect.poll(() => panel.root.getByTestId('crm-result').getAttribute('data-kind'), { timeout: 20_000 }).toBe('config-ok');
    await panel.button('Next').click();
    expect(await panel.blockers()).toEqual([]);
    await panel.button('OK').click();
    await expect.poll(() => panel.heading(), { timeout: 20_000 }).toBe('Next steps');
    const tenant = await tenantState(page, 'Cust12345');
    expect(tenant.connectors.filter((c) => !c.Deleted)).toEqual([expect.objectContaining({ DisplayName: 'Strict finance', URL: env.standin.connectors.strict })]);
    expect(tenant.connections.filter((c) => !c.Deleted)).toEqual([expect.objectContaining({ DisplayName: 'Strict ERP', ConfigFields: expect.objectContaining({ password: 'demo123' }) })]);
    await page.close();
  });
});
