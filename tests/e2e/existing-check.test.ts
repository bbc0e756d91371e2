// Issue 17 in Chromium: Check all on tenant Cust55555 (four connections in four states) shows the
// right verdict for each, explains where the browser and the CRM disagree, and makes a report
// with no secret in it.
import { describe, expect, it } from 'vitest';
import { adminUrl, TEST_BUILD_DIR } from './browser';
import { axePanel } from './axe';
import { useE2eSession } from './session';
import { openWizard, shot } from './wizard-helpers';

const env = useE2eSession(TEST_BUILD_DIR);

describe('check existing connections', () => {
  it('Check all: a verdict per connection, the disagreement explained, a report without secrets', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(adminUrl('Cust55555', '#quote-sync/sync'));
    expect(await page.evaluate(async () => (await fetch('/__standin/control', { method: 'POST', body: '{"reset":true}' })).status)).toBe(200);
    const panel = await openWizard(page, adminUrl('Cust55555', '#quote-sync/sync'));
    await panel.button('Check existing connections').click();
    const rows = panel.root.locator('tr[data-connection]');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(4);
    expect(await panel.root.locator('tr[data-connection] th').allTextContents()).toEqual(['Økonomi', 'Økonomi (old password)', 'Økonomi (old server)', 'Økonomi (laptop)']);
    await panel.button('Check all').click();
    const summary = panel.root.getByTestId('existing-summary');
    await expect.poll(() => summary.textContent(), { timeout: 40_000 }).toBe('1 of 4 connections healthy; 2 connectors unreachable from the CRM; 1 reachable from this browser but not from the CRM');
    const verdicts = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-verdict')));
    expect(verdicts).toEqual(['both-ok', 'both-failed', 'both-failed', 'crm-cannot-reach']);
    const laptop = await panel.root.locator('tr[data-connection="4"]').textContent();
    expect(laptop).toContain('The CRM’s servers cannot reach a host your browser can');
    expect(laptop).toContain('The address localhost is private');
    expect(await panel.root.locator('tr[data-connection="2"]').textContent()).toContain('The user name or password is wrong.');
    const report = (await panel.root.getByTestId('existing-report').textContent()) ?? '';
    expect(report).toContain('# ERP Sync health check — Cust55555');
    for (const secret of ['demo123', 'summer2025']) expect(report).not.toContain(secret);
    await shot(page, 'existing-check-all');
    expect(await axePanel(page)).toEqual([]);
    // The next visit (the way in remembered) shows the last check's verdicts and when, before any new check.
    await page.reload();
    const again = await openWizard(page, adminUrl('Cust55555', '#quote-sync/sync'));
    const rowsAgain = again.root.locator('tr[data-connection]');
    await expect.poll(() => rowsAgain.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-verdict'))), { timeout: 20_000 }).toEqual(verdicts);
    expect(await again.root.getByTestId('existing-earlier').textContent()).toMatch(/^The verdicts below are from the last check, /);
    expect(await again.root.getByTestId('existing-summary').textContent()).toBe('');
    await page.close();
  });

  it('editing an Active connection’s field walks deactivate → test → save → reactivate; a failure midway says it is now inactive', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(adminUrl('Cust55555', '#quote-sync/sync'));
    expect(await page.evaluate(async () => (await fetch('/__standin/control', { method: 'POST', body: '{"reset":true}' })).status)).toBe(200);
    const held = () => page.evaluate(async () => (await (await fetch('/__standin/state')).json()).tenants.Cust55555.connections[0] as { Active: boolean; ConfigFields: Record<string, string> });
    const panel = await openWizard(page, adminUrl('Cust55555', '#quote-sync/sync'));
    await panel.button('Check existing connections').click();
    await panel.button('Edit Økonomi').click();
    await panel.root.getByTestId('active-rule').waitFor({ timeout: 20_000 });
    const field = (key: string) => panel.root.locator(`[data-edit-field="${key}"] input`);
    // The password is never shown: the field is empty and says so.
    expect(await field('password').inputValue()).toBe('');
    expect(await panel.root.locator('[data-edit-field="password"]').textContent()).toContain('Leave empty to keep the password the CRM holds');
    expect(await field('pageSize').inputValue()).toBe('100');
    await field('pageSize').fill('250');
    await panel.button('Test and save').click();
    const outcome = panel.root.getByTestId('edit-outcome');
    await expect.poll(() => outcome.textContent(), { timeout: 30_000 }).toBe('Saved, read back and reactivated.');
    expect(await held()).toMatchObject({ Active: true, ConfigFields: { pageSize: '[I:250]', password: 'demo123' } });
    await shot(page, 'existing-edit-saved');

    await field('password').fill('not-the-password');
    await panel.button('Test and save').click();
    await expect.poll(() => outcome.getAttribute('data-state'), { timeout: 30_000 }).toBe('failed');
    expect(await outcome.textContent()).toMatch(/test of the new values failed, so they were not saved\. The connection is now inactive\. Turn it back on with “Activate”/);
    expect(await held()).toMatchObject({ Active: false, ConfigFields: { password: 'demo123' } });
    await shot(page, 'existing-edit-failed-midway');
    expect(await axePanel(page)).toEqual([]);
    await page.close();
  });

  it('Delete asks first and names what goes; the CRM then holds the connection as deleted, and the unused connector goes too', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(adminUrl('Cust55555', '#quote-sync/sync'));
    expect(await page.evaluate(async () => (await fetch('/__standin/control', { method: 'POST', body: '{"reset":true}' })).status)).toBe(200);
    const tenant = () => page.evaluate(async () => (await (await fetch('/__standin/state')).json()).tenants.Cust55555 as { connections: Array<{ ErpConnectionId: number; Deleted: boolean }>; connectors: Array<{ ErpConnectorId: number; Deleted: boolean }> });
    const panel = await openWizard(page, adminUrl('Cust55555', '#quote-sync/sync'));
    await panel.button('Check existing connections').click();
    await panel.root.locator('tr[data-connection]').first().waitFor({ timeout: 20_000 });
    await panel.button('Delete Økonomi (old server)').click();
    expect(await panel.root.getByRole('alertdialog').textContent()).toContain('Delete the connection “Økonomi (old server)”?');
    await panel.button('Keep it').click();
    expect((await tenant()).connections.find((c) => c.ErpConnectionId === 3)?.Deleted).toBe(false);
    await panel.button('Delete Økonomi (old server)').click();
    await panel.root.getByRole('alertdialog').getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => panel.root.locator('tr[data-connection] th').allTextContents(), { timeout: 20_000 }).toEqual(['Økonomi', 'Økonomi (old password)', 'Økonomi (laptop)']);
    expect((await tenant()).connections.find((c) => c.ErpConnectionId === 3)?.Deleted).toBe(true);
    // Its connector is now unused, so it may go as well.
    await panel.button('Delete Finance (old server)').click();
    await panel.root.getByRole('alertdialog').getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(async () => (await tenant()).connectors.find((c) => c.ErpConnectorId === 2)?.Deleted, { timeout: 20_000 }).toBe(true);
    // The panel reads its list again after the CRM answered: wait for that, do not race it.
    await expect.poll(() => panel.root.locator('[data-testid="existing-connectors"] tbody th').allTextContents(), { timeout: 20_000 }).toEqual(['Finance (server)', 'Finance (laptop)', 'Unused connector']);
    await page.close();
  });
});
