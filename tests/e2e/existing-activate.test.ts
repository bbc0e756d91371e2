// Issue 17 in Chromium: "Mark the connection Active" on the wizard's last step
// (components/existing/ActivateAfterSetup.tsx). After OK it activates the connection and the
// stand-in holds it Active; when the CRM says no (an enabled mapping leaves a mandatory ERP field
// without a direction: standin/crm/agent-mapping.ts, after SuperOffice's configure.md), its
// refusal is shown in words and the connection stays inactive.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TEXTS } from '../../lib/i18n/texts';
import { axePanel } from './axe';
import { adminUrl, TEST_BUILD_DIR } from './browser';
import { useE2eSession } from './session';
import { openWizard, shot } from './wizard-helpers';

const env = useE2eSession(TEST_BUILD_DIR);
const t = TEXTS.en;
const SYNC = adminUrl('Cust12345', '#quote-sync/sync');

type Conn = { ErpConnectionId: number; DisplayName: string; Active: boolean };
const connection = async (page: Page, name: string): Promise<Conn | undefined> =>
  page.evaluate(async (n) => ((await (await fetch('/__standin/state')).json()).tenants.Cust12345.connections as Conn[]).find((c) => c.DisplayName === n), name);

/** Steps 1–5 with good values, ending on Next steps with the connection saved in the CRM. */
async function setUp(page: Page, connectorName: string, connectionName: string) {
  const panel = await openWizard(page, SYNC);
  await panel.button(t.next).click();
  await panel.field(t.connectorName).fill(connectorName);
  await panel.field(t.connectorUrl).fill(env.standin.connectors.finance as string);
  await panel.button(t.next).click();
  await panel.root.locator('[data-field="companyDb"]').waitFor({ timeout: 20_000 });
  await panel.field(new RegExp(`^${t.connectionName}`)).fill(connectionName);
  await panel.field(/^Company database/).fill('DEMO');
  await panel.field(/^User name/).fill('demo');
  await panel.field(/^Password/).fill('demo123');
  await panel.button(t.next).click();
  await panel.button(t.testButton).click();
  await expect.poll(() => panel.root.getByTestId('crm-result').getAttribute('data-kind'), { timeout: 20_000 }).toBe('config-ok');
  await panel.button(t.next).click();
  await expect.poll(() => panel.heading(), { timeout: 20_000 }).toBe(t.steps[4]);
  await panel.button(t.okButton).click();
  await expect.poll(() => panel.heading(), { timeout: 20_000 }).toBe(t.steps[5]);
  await panel.root.getByTestId('activate-after-setup').waitFor({ timeout: 20_000 });
  return panel;
}

describe('Mark the connection Active, after setup', () => {
  it('activates the connection just saved: the stand-in holds it Active', async () => {
    const page = await env.browser.context.newPage();
    const panel = await setUp(page, 'Finance one', 'Finance Active');
    expect((await connection(page, 'Finance Active'))?.Active).toBe(false);
    const box = panel.root.getByTestId('activate-after-setup');
    expect(await box.textContent()).toContain('Configure the mappings first');
    await box.getByRole('button', { name: 'Mark the connection Active' }).click();
    await expect.poll(() => box.getByRole('status').textContent(), { timeout: 20_000 }).toBe('The connection is Active.');
    expect((await connection(page, 'Finance Active'))?.Active).toBe(true);
    expect(await box.getByRole('button', { name: 'Mark the connection Active' }).isDisabled()).toBe(true);
    await page.close();
  });

  it('shows the CRM’s refusal in words when a mandatory field has no direction, and the connection stays inactive', async () => {
    const page = await env.browser.context.newPage();
    const panel = await setUp(page, 'Finance two', 'Finance Refused');
    const id = (await connection(page, 'Finance Refused'))?.ErpConnectionId;
    expect(id).toEqual(expect.any(Number));
    // The Customer mapping enabled as the CRM suggests it (fields mapped, no direction), through the CRM's own REST agent.
    const saved = await page.evaluate(async (connId) => {
      const token = (document.querySelector('input[name="XSRF_TOKEN"]') as HTMLInputElement).value;
      const post = (op: string, body: unknown) =>
        fetch(`/Cust12345/api/v1/Agents/ErpSync/${op}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': token }, body: JSON.stringify(body) });
      const mapping = await (await post('GetActorTypeMapping', { ErpConnectionId: connId, ActorType: 'Customer' })).json();
      return (await post('SaveActorTypeMapping', { Mapping: { ...mapping, IsActive: true } })).status;
    }, id);
    expect(saved).toBe(200);
    const box = panel.root.getByTestId('activate-after-setup');
    await box.getByRole('button', { name: 'Mark the connection Active' }).click();
    const alert = box.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toBe('The CRM did not activate the connection: The mandatory field NAME (Customer) has no sync direction.');
    expect((await connection(page, 'Finance Refused'))?.Active).toBe(false);
    // Still offered: the consultant fixes the mapping and tries again.
    expect(await box.getByRole('button', { name: 'Mark the connection Active' }).isDisabled()).toBe(false);
    await shot(page, 'existing-activate-refused');
    expect(await axePanel(page)).toEqual([]);
    await page.close();
  });
});
