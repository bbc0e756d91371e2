// The CRM answering as SuperOffice documents it (issue 13), through the extension in Chromium:
// the stand-in's quirks switch each documented behaviour on. A new connector is added to the CRM at
// the test step and the CRM's own test decides OK; a null "not found", an internal `Message`, an
// expired token and a refused agent reach the consultant in their words; the picker reads a
// 700-user tenant across two pages and offers real users only; deleting the draft that added a
// connector offers to remove it.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axePanel } from './axe';
import { adminUrl, TEST_BUILD_DIR } from './browser';
import { useE2eSession } from './session';
import { openWizard, panelOf, shot } from './wizard-helpers';

const env = useE2eSession(TEST_BUILD_DIR);

type Row = Record<string, unknown>;
type Panel = ReturnType<typeof panelOf>;
const tenantState = (page: Page): Promise<{ connectors: Row[]; connections: Row[] }> =>
  page.evaluate(async () => (await (await fetch('/__standin/state')).json()).tenants.Cust12345);
const control = (page: Page, body: object) =>
  page.evaluate(async (b) => (await fetch('/__standin/control', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(b) })).status, body);

/** A fresh tenant and a fresh draft (the wizard resumes the newest one otherwise). */
async function start(page: Page, quirks: string[] = []): Promise<Panel> {
  await page.goto(adminUrl('Cust12345', '#quote-sync/sync'));
  expect(await control(page, { reset: true, quirks })).toBe(200);
  const panel = await openWizard(page, adminUrl('Cust12345', '#quote-sync/sync'));
  await panel.root.locator('details.drafts > summary').click();
  await panel.button('New draft').click();
  await expect.poll(() => panel.heading()).toBe('Install the sync app');
  await panel.root.locator('details.drafts > summary').click();
  return panel;
}

/** Steps 2 and 3 for a new finance connector, up to the test step. */
async function toTest(panel: Panel, connector: string): Promise<void> {
  await panel.button('Next').click();
  await panel.field('Name').fill(connector);
  await panel.field('URL').fill(env.standin.connectors.finance as string);
  await panel.button('Next').click();
  await panel.root.locator('[data-field="companyDb"]').waitFor({ timeout: 20_000 });
  await panel.field(/^Name/).fill(`${connector} connection`);
  await panel.field(/^Company database/).fill('DEMO');
  await panel.field(/^User name/).fill('demo');
  await panel.field(/^Password/).fill('demo123');
  await panel.button('Next').click();
  expect(await panel.heading()).toBe('Test ERP connection');
}

const crmResult = (panel: Panel) => panel.root.getByTestId('crm-result');

describe('OK as the native dialog has it', () => {
  it('adds a new connector to the CRM at the test step, saying so; OK only after the CRM’s test; deleting the draft offers to remove it', async () => {
    const page = await env.browser.context.newPage();
    const panel = await start(page);
    await toTest(panel, 'Added at test');
    expect(await panel.root.getByTestId('crm-connector-will-add').textContent()).toContain('Testing first adds the Sync Connector “Added at test” to the CRM’s Sync Connectors');
    expect((await tenantState(page)).connectors).toEqual([]);
    await panel.button('Test ERP connection').click();
    await expect.poll(() => crmResult(panel).getAttribute('data-kind'), { timeout: 20_000 }).toBe('config-ok');
    const tenant = await tenantState(page);
    expect(tenant.connectors).toEqual([expect.objectContaining({ DisplayName: 'Added at test', URL: env.standin.connectors.finance, Deleted: false })]);
    expect(tenant.connections).toEqual([]);
    const id = tenant.connectors[0]?.ErpConnectorId as number;
    expect(await panel.root.getByTestId('crm-connector-added').textContent()).toContain(`was added to the CRM’s Sync Connectors (id ${id})`);
    await shot(page, 'crm-step-4-connector-added');
    expect(await axePanel(page), 'axe: connector added at the test step').toEqual([]);
    await panel.button('Next').click();
    expect(await panel.blockers()).toEqual([]);
    expect(await panel.button('OK').isDisabled()).toBe(false);

    // The draft is deleted before OK: the panel offers to remove the connector, and does.
    await panel.root.locator('details.drafts > summary').click();
    await panel.button('Delete').click();
    const offer = panel.root.getByTestId('remove-connector-offer');
    expect(await offer.textContent()).toContain(`added the Sync Connector “Added at test” (id ${id}) to the CRM, and OK was never pressed`);
    await shot(page, 'crm-remove-connector-offer');
    expect(await axePanel(page), 'axe: the offer to remove the connector').toEqual([]);
    await panel.button('Remove it from the CRM').click();
    await expect.poll(() => panel.root.getByTestId('connector-removal').getAttribute('data-state'), { timeout: 20_000 }).toBe('removed');
    expect((await tenantState(page)).connectors).toEqual([expect.objectContaining({ ErpConnectorId: id, Deleted: true })]);
    // Undo brings the draft back; its connector is gone from the CRM, so its next test adds it again.
    await panel.root.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => panel.step(), { timeout: 10_000 }).toBe(4);
    await panel.button('Back').click();
    expect(await panel.heading()).toBe('Test ERP connection');
    expect(await panel.root.getByTestId('crm-connector-will-add').textContent()).toContain('Testing first adds the Sync Connector “Added at test”');
    await panel.button('Test ERP connection').click();
    await expect.poll(() => crmResult(panel).getAttribute('data-kind'), { timeout: 20_000 }).toBe('config-ok');
    const again = (await tenantState(page)).connectors;
    expect(again).toEqual([expect.objectContaining({ ErpConnectorId: id, Deleted: true }), expect.objectContaining({ DisplayName: 'Added at test', Deleted: false })]);
    expect(again[1]?.ErpConnectorId).not.toBe(id);
    await page.close();
  });
});

describe('the CRM’s documented failures, in the consultant’s words', () => {
  it('an internal error object ({Message, MessageDetail}): the CRM’s message, details behind a disclosure; a browser-only pass does not enable OK', async () => {
    const page = await env.browser.context.newPage();
    const panel = await start(page);
    await toTest(panel, 'Internal error');
    expect(await control(page, { quirks: ['internal-error'] })).toBe(200);
    await panel.button('Test ERP connection').click();
    await expect.poll(() => panel.root.getByTestId('browser-result').getAttribute('data-kind'), { timeout: 20_000 }).toBe('ok');
    await expect.poll(() => crmResult(panel).getAttribute('data-kind'), { timeout: 20_000 }).toBe('config-failed');
    expect(await crmResult(panel).getByTestId('crm-error').textContent()).toContain('SuperOffice could not do it and said: “An error has occurred.”');
    const details = crmResult(panel).locator('details.crm-said');
    expect(await details.locator('p').last().isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await details.textContent()).toContain('the database did not answer in time (SQL timeout)');
    await shot(page, 'crm-internal-message');
    expect(await axePanel(page), 'axe: the CRM’s message with its details open').toEqual([]);
    // The browser's pass alone does not let the consultant on: the CRM's test is the one that counts.
    await panel.button('Next').click();
    expect(await panel.errors()).toEqual(['The last test failed (step 4).']);
    await panel.root.getByRole('button', { name: /^Step 5 of 6/ }).click();
    expect(await panel.button('OK').isDisabled()).toBe(true);
    expect(await panel.blockers()).toEqual(['The last test failed (step 4).']);
    // The CRM recovers: its test passes and OK is enabled.
    expect(await control(page, { quirks: [] })).toBe(200);
    await panel.root.getByRole('button', { name: /^Step 4 of 6/ }).click();
    await panel.button('Test ERP connection').click();
    await expect.poll(() => crmResult(panel).getAttribute('data-kind'), { timeout: 20_000 }).toBe('config-ok');
    await panel.button('Next').click();
    expect(await panel.button('OK').isDisabled()).toBe(false);
    await page.close();
  });

  it('null for a connector deleted meanwhile: "found nothing", not "something unexpected"', async () => {
    const page = await env.browser.context.newPage();
    const panel = await start(page);
    await toTest(panel, 'Deleted meanwhile');
    await panel.button('Test ERP connection').click();
    await expect.poll(() => crmResult(panel).getAttribute('data-kind'), { timeout: 20_000 }).toBe('config-ok');
    const id = (await tenantState(page)).connectors[0]?.ErpConnectorId as number;
    // Someone removes it in the CRM (the page's own session and token, as its web client would).
    const status = await page.evaluate(async (n) => {
      const token = document.querySelector<HTMLInputElement>('input[name="XSRF_TOKEN"]')?.value ?? '';
      const r = await fetch(`/Cust12345/api/v1/Agents/ErpSync/DeleteErpSyncConnectorEntity?ErpSyncConnectorEntityId=${n}`, { method: 'POST', headers: { Accept: 'application/json', 'X-XSRF-TOKEN': token } });
      return r.status;
    }, id);
    expect(status).toBe(204);
    await panel.button('Test ERP connection').click();
    await expect.poll(() => crmResult(panel).getAttribute('data-kind'), { timeout: 20_000 }).toBe('config-failed');
    const text = await crmResult(panel).getByTestId('crm-error').textContent();
    expect(text).toContain('SuperOffice found nothing for this: it may have been deleted by someone else.');
    expect(text).not.toContain('did not expect');
    await page.close();
  });

  it('an expired session or token (401): "reload the page", not the refusal path', async () => {
    const page = await env.browser.context.newPage();
    const panel = await start(page);
    await toTest(panel, 'Expired token');
    expect(await control(page, { quirks: ['expired-session'] })).toBe(200);
    await panel.button('Test ERP connection').click();
    await expect.poll(() => crmResult(panel).getAttribute('data-kind'), { timeout: 20_000 }).toBe('config-failed');
    expect(await crmResult(panel).getByTestId('crm-error').getAttribute('data-kind')).toBe('unauthorized');
    expect(await crmResult(panel).getByTestId('crm-error').textContent()).toMatch(/you were signed out, or the page’s security token \(XSRF\) has expired\. Reload the page/);
    await shot(page, 'crm-expired-token');
    await panel.root.getByRole('button', { name: /^Step 5 of 6/ }).click();
    expect(await panel.button('OK').isDisabled()).toBe(true);
    expect(await panel.blockers()).toEqual(['The last test failed (step 4).']);
    expect(await panel.root.locator('[data-manual]').count()).toBe(0);
    await control(page, { quirks: [] });
    await page.close();
  });

  it('a refused agent at the test step: said plainly, the browser’s test decides, values for the native dialogs', async () => {
    const page = await env.browser.context.newPage();
    const panel = await start(page);
    await toTest(panel, 'Refused');
    expect(await control(page, { quirks: ['restrict-agent'] })).toBe(200);
    await panel.button('Test ERP connection').click();
    await expect.poll(() => panel.root.getByTestId('browser-result').getAttribute('data-kind'), { timeout: 20_000 }).toBe('ok');
    await expect.poll(() => panel.root.locator('.results').textContent(), { timeout: 20_000 }).toContain('The CRM could not be asked');
    await panel.button('Next').click();
    expect(await panel.button('OK').isDisabled()).toBe(true);
    const notice = await panel.root.locator('.notice.error').first().textContent();
    expect(notice).toMatch(/refused the wizard access.*Online Restricted.*lacks the rights.*restricted/s);
    expect(await panel.root.locator('[data-manual]').count()).toBeGreaterThan(5);
    await control(page, { quirks: [] });
    await page.close();
  });
});

describe('the visibility picker on a 700-user tenant', () => {
  it('lists the users of both pages and only real, active ones', async () => {
    const page = await env.browser.context.newPage();
    const panel = await start(page, ['many-users']);
    await panel.button('Next').click();
    await panel.field('Name').fill('Many users');
    await panel.field('URL').fill(env.standin.connectors.finance as string);
    await panel.button('Next').click();
    await panel.root.locator('[data-field="companyDb"]').waitFor({ timeout: 20_000 });
    await panel.root.getByLabel('Specified users + groups').check();
    // 700 people and the 4 live user groups: no system, anonymous, external, resource or retired account.
    const picks = panel.root.locator('label.pick');
    await expect.poll(() => picks.count(), { timeout: 20_000 }).toBe(704);
    for (const [search, found] of [['Åse', ['Åse Bråthen']], ['Bruker699', ['Bruker699 Etternavn002']], ['System', []], ['Anonymous', []], ['Ekstern', []], ['Møterom', []], ['Sluttet', []]] as const) {
      await panel.field('Search users and user groups').fill(search);
      expect(await panel.root.locator('label.pick').allTextContents(), search).toEqual([...found]);
    }
    await panel.field('Search users and user groups').fill('Åse');
    await panel.root.getByLabel('Åse Bråthen').check(); // on the second page (Å sorts last)
    expect(await panel.root.getByLabel('Åse Bråthen').isChecked()).toBe(true);
    await shot(page, 'crm-picker-700-users');
    expect(await axePanel(page), 'axe: the picker on a 700-user tenant').toEqual([]);
    await control(page, { quirks: [] });
    await page.close();
  });
});

describe('the visibility picker on a tenant larger than it lists (6,000 users)', () => {
  it('searches the CRM for what is typed, and a user found there is saved with the connection', async () => {
    const page = await env.browser.context.newPage();
    const panel = await start(page, ['huge-tenant']);
    await toTest(panel, 'Huge tenant');
    await panel.button('Back').click();
    await panel.root.getByLabel('Specified users + groups').check();
    // The first 5,000 people are listed (then the list stops): one past them is not, until searched.
    const picks = panel.root.locator('label.pick');
    await expect.poll(() => picks.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(5000);
    await panel.field('Search users and user groups').fill('Bruker5999');
    await expect.poll(() => panel.root.locator('label.pick').allTextContents(), { timeout: 20_000 }).toEqual(['Bruker5999 Etternavn0002']);
    await panel.root.getByLabel('Bruker5999 Etternavn0002').check();
    await panel.button('Next').click();
    await panel.button('Test ERP connection').click();
    await expect.poll(() => crmResult(panel).getAttribute('data-kind'), { timeout: 20_000 }).toBe('config-ok');
    await panel.button('Next').click();
    await panel.button('OK').click();
    await panel.root.getByTestId('applied').waitFor({ timeout: 20_000 });
    // The stand-in accepts only associates of its tenant: the one found by the search was saved.
    const [saved] = (await tenantState(page)).connections;
    expect(saved).toMatchObject({ DisplayName: 'Huge tenant connection', AllAccess: false });
    expect(saved?.AssociateAccessIds).toHaveLength(1);
    await control(page, { quirks: [] });
    await page.close();
  });
});
