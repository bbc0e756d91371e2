// Issue 17 in Chromium: Edit keeps its changes as a draft. Typed in the edit form (a field, the
// description, the visibility), the page reloaded, Edit again: resumed, saying so with its time.
// The popup lists it as "Edit of …" and opens it in the edit form; Discard shows the CRM's values.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { adminUrl, TEST_BUILD_DIR } from './browser';
import { axePanel } from './axe';
import { useE2eSession } from './session';
import { openWizard, panelOf, shot } from './wizard-helpers';

const env = useE2eSession(TEST_BUILD_DIR);
const SYNC = adminUrl('Cust55555', '#quote-sync/sync');
const NAME = 'Økonomi (old password)';

const field = (page: Page, key: string) => panelOf(page).root.locator(`[data-edit-field="${key}"] input`);

describe('an edit kept as a draft', () => {
  it('survives a reload: Edit again resumes it, says so with its time, and can discard it', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(SYNC);
    expect(await page.evaluate(async () => (await fetch('/__standin/control', { method: 'POST', body: '{"reset":true}' })).status)).toBe(200);
    const panel = await openWizard(page, SYNC);
    await panel.button('Check existing connections').click();
    await panel.button(`Edit ${NAME}`).click();
    await field(page, 'pageSize').waitFor({ timeout: 20_000 });
    expect(await panel.root.getByTestId('edit-resumed').count()).toBe(0);
    await field(page, 'pageSize').fill('250');
    await panel.root.getByLabel('Description').fill('Rotated on the ERP side in May');
    await panel.root.getByTestId('edit-visibility').getByLabel('Chosen users and groups').check();
    await panel.root.getByTestId('edit-visibility-associateIds').getByRole('checkbox').first().check();
    const draftState = panel.root.getByTestId('edit-draft-state');
    await expect.poll(() => draftState.getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
    await shot(page, 'existing-edit-form');
    expect(await axePanel(page)).toEqual([]);

    await page.reload();
    await page.locator('so-erp-sync-launcher button').click();
    // The existing view was the last way in: remembered.
    await panel.button(`Edit ${NAME}`).click();
    const resumed = panel.root.getByTestId('edit-resumed');
    await resumed.waitFor({ timeout: 20_000 });
    expect(await resumed.textContent()).toMatch(/You were editing this connection: your changes, kept as a draft on .*\d/);
    await shot(page, 'existing-edit-resumed');
    expect(await field(page, 'pageSize').inputValue()).toBe('250');
    expect(await panel.root.getByLabel('Description').inputValue()).toBe('Rotated on the ERP side in May');
    expect(await panel.root.getByTestId('edit-visibility-associateIds').getByRole('checkbox').first().isChecked()).toBe(true);
    // Nothing of it is in the CRM yet.
    const held = await page.evaluate(async () => (await (await fetch('/__standin/state')).json()).tenants.Cust55555.connections[1] as { DisplayDescription: string; ConfigFields: Record<string, string> });
    expect(held).toMatchObject({ DisplayDescription: '', ConfigFields: { pageSize: '[I:100]' } });

    // The popup lists it as an edit, and opens it in the edit form.
    await panel.button('Back to the list').click();
    const popup = await env.browser.context.newPage();
    await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html`);
    const item = popup.locator('[data-tenant="https://online.superoffice.com/Cust55555"] li').filter({ hasText: `Edit of ${NAME}` });
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain('Changes to a connection in the CRM, not yet saved');
    const [opened] = await Promise.all([env.browser.context.waitForEvent('page'), item.getByRole('button', { name: `Open Edit of ${NAME}` }).click()]);
    await opened.waitForLoadState();
    await panelOf(opened).root.getByTestId('edit-resumed').waitFor({ timeout: 20_000 });
    expect(await field(opened, 'pageSize').inputValue()).toBe('250');

    // Discard: the CRM's values, and the draft is gone.
    await panelOf(opened).button('Discard my changes').click();
    await expect.poll(() => field(opened, 'pageSize').inputValue(), { timeout: 10_000 }).toBe('100');
    expect(await panelOf(opened).root.getByTestId('edit-resumed').count()).toBe(0);
    await popup.reload();
    await expect.poll(() => popup.getByText(`Edit of ${NAME}`).count()).toBe(0);
    await Promise.all([popup.close(), opened.close(), page.close()]);
  });
});
