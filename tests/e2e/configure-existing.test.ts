// The configuration steps reached from the existing-connections list (issue 18), in Chromium
// against the stand-in: on Cust55555, Configure one connection, save one mapping (the CRM holds it),
// and back to the list with focus on the row's button. No draft of this wizard set the connection
// up, so the view says its unsaved choices are not kept in a draft.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CONFIGURE_TEXTS } from '../../lib/i18n/configure-texts';
import { axePanel } from './axe';
import { adminUrl, TEST_BUILD_DIR } from './browser';
import { useE2eSession } from './session';
import { openWizard } from './wizard-helpers';

const env = useE2eSession(TEST_BUILD_DIR);

type Held = { mappings?: Record<string, { IsActive: boolean; fields: Array<{ ErpFieldKey: string; CrmFieldKey: string; SyncToCrm: boolean; SyncToErp: boolean }> }> };
const held = async (page: Page): Promise<Held> => page.evaluate(async () => ((await (await fetch('/__standin/state')).json()) as { tenants: Record<string, Held> }).tenants.Cust55555 as Held);

describe('configuration from the existing-connections list', () => {
  it('configures one connection of the list, saves a mapping the CRM holds, and goes back to the list', async () => {
    const c = CONFIGURE_TEXTS.en;
    const page = await env.browser.context.newPage();
    const panel = await openWizard(page, adminUrl('Cust55555', '#quote-sync/sync'));
    await panel.button('Check existing connections').click();
    await panel.root.getByTestId('existing-connections').waitFor();
    await panel.button(c.configureOne('Økonomi')).click();
    const view = panel.root.getByTestId('configure-existing');
    await expect.poll(() => panel.root.locator('#erp-configure-existing-title:focus').count()).toBe(1);
    expect(await view.locator('h3').first().textContent()).toBe(c.configuringTitle('Økonomi'));
    expect(await view.getByTestId('not-in-draft').textContent()).toBe(c.notInDraft);
    const customer = view.getByTestId('actor-Customer');
    await customer.waitFor({ timeout: 20_000 });
    await view.getByRole('button', { name: `${c.accept}: Phone` }).click();
    expect(await view.getByLabel(`${c.crmField}: Phone`, { exact: true }).inputValue()).toBe('PHONE');
    expect(await axePanel(page)).toEqual([]);
    await customer.getByRole('button', { name: c.save }).click();
    await customer.getByTestId('mapping-saved').waitFor();
    expect(await view.getByTestId('config-steps').locator('[data-step="mappings"]').getAttribute('data-mark')).toBe('saved');
    const saved = (await held(page)).mappings?.['1/Customer'];
    expect(saved?.fields.find((f) => f.ErpFieldKey === 'Telefon')).toMatchObject({ CrmFieldKey: 'PHONE', SyncToCrm: true, SyncToErp: false });

    // Meanwhile the connection's Active changes in the CRM (as the Active step would): the list, read again on the way back, shows it.
    const activeCell = panel.root.locator('tr[data-connection="1"] td').nth(1);
    const toggled = await page.evaluate(async () => {
      const token = (document.querySelector('input[name="XSRF_TOKEN"]') as HTMLInputElement).value;
      const r = await fetch('/Cust55555/api/v1/Agents/ErpSync/ToggleErpConnectionActive', { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': token }, body: JSON.stringify({ ErpConnectionId: 1 }) });
      return r.status;
    });
    expect(toggled).toBe(200);
    await view.getByRole('button', { name: c.backToList }).click();
    await panel.root.getByTestId('existing-connections').waitFor();
    await expect.poll(() => activeCell.textContent()).toBe('no');
    await expect.poll(() => panel.root.locator('button:focus').getAttribute('aria-label')).toBe(c.configureOne('Økonomi'));
    await page.close();
  });
});
