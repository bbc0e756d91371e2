// After OK, the configuration continues in the panel (issue 18), in Chromium against the stand-in:
// accept a suggested mapping, fix a direction, save (the CRM holds it), activate; and, in
// Norwegian, a raised sync priority, the check before activation naming the mandatory field with a button that reaches it,
// then the CRM's own refusal in words. axe on the new step.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TEXTS } from '../../lib/i18n/texts';
import { CONFIGURE_TEXTS } from '../../lib/i18n/configure-texts';
import { axePanel } from './axe';
import { adminUrl, TEST_BUILD_DIR } from './browser';
import { useE2eSession } from './session';
import { openWizard, shot, type panelOf } from './wizard-helpers';

const env = useE2eSession(TEST_BUILD_DIR);

interface Held {
  connections: Array<{ DisplayName: string; Active: boolean; ErpConnectionId: number }>;
  listMappings?: Record<string, Record<string, number>>;
  syncPriority?: number[];
  defaults?: Record<string, unknown>;
  mappings?: Record<string, { IsActive: boolean; fields: Array<{ ErpFieldKey: string; CrmFieldKey: string; SyncToCrm: boolean; SyncToErp: boolean }> }>;
}
const held = async (page: Page, custId: string): Promise<Held> =>
  page.evaluate(async (id) => ((await (await fetch('/__standin/state')).json()) as { tenants: Record<string, Held> }).tenants[id] as Held, custId);

const LABELS = {
  en: { db: /^Company database/, user: /^User name/, password: /^Password/ },
  no: { db: /^Firmadatabase/, user: /^Brukernavn/, password: /^Passord/ },
} as const;

/** Steps 1–5 with good values, ending on Next steps with the connection saved. */
async function saveConnection(panel: ReturnType<typeof panelOf>, lang: 'en' | 'no', connectorName: string, connectionName: string) {
  const t = TEXTS[lang];
  await panel.button(t.next).click();
  await panel.field(t.connectorName).fill(connectorName);
  await panel.field(t.connectorUrl).fill(env.standin.connectors.finance as string);
  await panel.button(t.next).click();
  await panel.root.locator('[data-field="companyDb"]').waitFor();
  await panel.field(new RegExp(`^${t.connectionName}`)).fill(connectionName);
  await panel.field(LABELS[lang].db).fill('DEMO');
  await panel.field(LABELS[lang].user).fill('demo');
  await panel.field(LABELS[lang].password).fill('demo123');
  await panel.button(t.next).click();
  await panel.button(t.testButton).click();
  await expect.poll(() => panel.root.getByTestId('browser-result').getAttribute('data-kind'), { timeout: 20_000 }).toBe('ok');
  await expect.poll(() => panel.root.getByTestId('crm-result').getAttribute('data-kind'), { timeout: 20_000 }).toBe('config-ok');
  await panel.button(t.next).click();
  await expect.poll(() => panel.heading(), { timeout: 20_000 }).toBe(t.steps[4]);
  await panel.button(t.okButton).click();
  await expect.poll(() => panel.heading(), { timeout: 20_000 }).toBe(t.steps[5]);
  await panel.root.getByTestId('actor-Customer').waitFor({ timeout: 20_000 });
}

describe('configuration after OK', () => {
  it('accepts the suggested mapping, fixes a direction, saves, activates; the CRM holds each piece (English)', async () => {
    const c = CONFIGURE_TEXTS.en;
    const page = await env.browser.context.newPage();
    const panel = await openWizard(page, adminUrl('Cust12345', '#quote-sync/sync'));
    await saveConnection(panel, 'en', 'Demo finance', 'Finance ERP');
    const customer = panel.root.getByTestId('actor-Customer');
    // The CRM mapped NAME itself, without a direction; the wizard suggests one and waits.
    expect(await customer.getByTestId('map-row-NAME').getByTestId('suggestion').textContent()).toBe('Suggested: Name, ERP to SuperOffice (>) Accept suggestion');
    expect(await panel.field(`${c.direction}: Customer name`).inputValue()).toBe('none');
    expect(await panel.field(`${c.crmField}: Phone`).inputValue()).toBe('');
    await panel.button(`${c.accept}: Customer name`).click();
    await panel.button(`${c.accept}: Phone`).click();
    await panel.button(`${c.accept}: Customer category`).click();
    expect(await panel.field(`${c.crmField}: Phone`).inputValue()).toBe('PHONE');
    // Fix one direction: both ways for the name.
    await panel.field(`${c.direction}: Customer name`).selectOption('both');
    // A direction that cannot apply is disabled, with the reason.
    expect(await panel.field(`${c.direction}: Credit limit`).locator('option[value="both"]').isDisabled()).toBe(true);
    await customer.getByLabel(c.enable('Customer', 'Contact')).check();
    expect(await axePanel(page)).toEqual([]);
    await customer.getByRole('button', { name: c.save }).click();
    await customer.getByTestId('mapping-saved').waitFor();
    await shot(page, 'step-6-mappings-saved');
    const saved = (await held(page, 'Cust12345')).mappings?.['1/Customer'];
    expect(saved?.IsActive).toBe(true);
    expect(saved?.fields.find((f) => f.ErpFieldKey === 'NAME')).toMatchObject({ CrmFieldKey: 'NAME', SyncToCrm: true, SyncToErp: true });
    expect(saved?.fields.find((f) => f.ErpFieldKey === 'Telefon')).toMatchObject({ CrmFieldKey: 'PHONE', SyncToCrm: true, SyncToErp: false });

    // List mapping: the category list appears once its field is saved; a duplicate is caught.
    const list = panel.root.getByTestId('list-customerCategories');
    await list.waitFor();
    await panel.field(`${c.crmItem}: Kunde A`).selectOption({ label: 'Kunde' });
    await panel.field(`${c.crmItem}: Kunde B`).selectOption({ label: 'Kunde' });
    expect(await list.getByTestId('duplicate').count()).toBe(2);
    expect(await panel.field(`${c.crmItem}: Kunde B`).getAttribute('aria-invalid')).toBe('true');
    expect(await list.getByRole('button', { name: c.saveList }).isDisabled()).toBe(true);
    expect(await panel.root.getByTestId('activation-problems').textContent()).toContain(c.problemDuplicate('customerCategories', ['Kunde A', 'Kunde B']));
    expect(await axePanel(page)).toEqual([]);
    await panel.field(`${c.crmItem}: Kunde B`).selectOption({ label: 'Partner' });
    await list.getByRole('button', { name: c.suggestItems }).click();
    expect(await panel.field(`${c.crmItem}: Prospekt`).inputValue()).toBe('2');
    await list.getByRole('button', { name: c.saveList }).click();
    await list.getByTestId('list-saved').waitFor();
    expect((await held(page, 'Cust12345')).listMappings).toEqual({ '1/Customer/CATEGORY': { A: 1, B: 4, P: 2 } });
    // One default: the customer category is set to "Prospekt" (P) on first sync.
    await panel.root.getByTestId('defaults-step').locator('summary').click();
    const defaults = panel.root.getByTestId('defaults-Customer');
    await defaults.getByLabel(c.defaultField, { exact: true }).selectOption({ label: 'Customer category' });
    await defaults.getByLabel(c.setDefault).check();
    await defaults.getByRole('button', { name: c.saveDefault }).click();
    expect(await defaults.getByRole('alert').textContent()).toBe(c.defaultProblems['no-value']);
    await defaults.getByLabel(c.defaultValue, { exact: true }).fill('P');
    await defaults.getByRole('button', { name: c.saveDefault }).click();
    await defaults.getByTestId('default-saved').waitFor();
    expect(Object.values((await held(page, 'Cust12345')).defaults ?? {})).toEqual([{ HasFirstSyncDefaultValue: true, FirstSyncDefaultValue: 'P', PromptUser: false, Mandatory: false }]);

    // Field order on the ERP tab, by keyboard: Phone up one place; focus stays on its button.
    await panel.root.getByTestId('order-step').locator('summary').press('Enter');
    const order = panel.root.getByTestId('order-Customer');
    await order.getByRole('button', { name: c.moveUp('Phone') }).focus();
    await page.keyboard.press('Enter');
    await order.getByTestId('order-saved').waitFor();
    expect(await order.locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).toEqual(['NAME', 'NUMBER1', 'Telefon', 'EMAIL', 'CATEGORY', 'CREDITLIMIT']);
    await expect.poll(() => panel.root.locator('button:focus').getAttribute('aria-label')).toBe(c.moveUp('Phone'));
    expect((await held(page, 'Cust12345')).mappings?.['1/Customer']?.fields.map((f) => f.ErpFieldKey)).toEqual(['NAME', 'NUMBER1', 'Telefon', 'EMAIL', 'CATEGORY', 'CREDITLIMIT']);

    // "(No selection)" is allowed: named before activation, but it does not stop it.
    expect(await panel.root.getByTestId('activation-warnings').textContent()).toContain(c.problemUnmapped('customerCategories', ['Utgått']));

    await panel.button(c.activate).click();
    await panel.root.getByTestId('activated').waitFor();
    expect((await held(page, 'Cust12345')).connections.find((x) => x.DisplayName === 'Finance ERP')?.Active).toBe(true);
    await page.close();
  });

  it('names the mandatory field without a direction and reaches it; then shows the CRM’s own refusal (Norwegian)', async () => {
    const c = CONFIGURE_TEXTS.no;
    const page = await env.browser.context.newPage();
    // An older connection on the tenant's installed app, so there is a priority to raise.
    await page.goto(adminUrl('Cust67890', '#quote-sync/sync', 'no'));
    const seeded = await page.evaluate(async () => {
      const token = (document.querySelector('input[name="XSRF_TOKEN"]') as HTMLInputElement).value;
      const Connection = { ErpConnectionId: 0, ErpConnectorId: 1, DisplayName: 'Gammel ERP', DisplayDescription: '', Active: false, ConnectionId: '', MostRecentTimestamp: '', Deleted: false, AllAccess: true, UserGroupAccessIds: [], AssociateAccessIds: [], ConfigFields: { companyDb: 'DEMO', username: 'demo', password: 'demo123' } };
      const r = await fetch('/Cust67890/api/v1/Agents/ErpSync/SaveConnection', { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': token }, body: JSON.stringify({ Connection }) });
      return ((await r.json()) as { ErpConnectionId?: number }).ErpConnectionId;
    });
    expect(seeded).toBe(1);
    const panel = await openWizard(page, adminUrl('Cust67890', '#quote-sync/sync', 'no'));
    await saveConnection(panel, 'no', 'Demo økonomi', 'Regnskap');
    const priority = panel.root.getByTestId('priority-step');
    await expect.poll(() => priority.locator('li').allTextContents()).toEqual(['Gammel ERP ↑↓', 'Regnskap ↑↓']);
    await priority.getByRole('button', { name: c.moveConnUp('Regnskap') }).click();
    expect(await priority.locator('li span').allTextContents()).toEqual(['Regnskap', 'Gammel ERP']);
    await priority.getByRole('button', { name: c.savePriority }).click();
    await priority.getByTestId('priority-saved').waitFor();
    expect((await held(page, 'Cust67890')).syncPriority).toEqual([2, 1]);
    const customer = panel.root.getByTestId('actor-Customer');
    await customer.getByLabel(c.enable('Customer', 'Contact')).check();
    const problems = panel.root.getByTestId('activation-problems');
    expect(await problems.locator('li').first().textContent()).toBe(`${c.problemMandatory('Customer', 'Kundenavn')} ${c.goTo}`);
    expect(await panel.button(c.activate).isDisabled()).toBe(true);
    expect(await axePanel(page)).toEqual([]);
    // Keyboard: the button is focused and followed with Enter; focus lands on the field it names.
    await problems.getByRole('button', { name: new RegExp(`^${c.goTo}`) }).focus();
    await page.keyboard.press('Enter');
    expect(await panel.root.locator('select:focus').getAttribute('aria-label')).toBe(`${c.crmField}: Kundenavn`);

    // Saved as it is (enabled, no direction), then a direction chosen but not saved: the wizard's
    // check passes, the CRM refuses with the field named.
    await customer.getByRole('button', { name: c.save }).click();
    await customer.getByTestId('mapping-saved').waitFor();
    await panel.field(`${c.direction}: Kundenavn`).selectOption('to-crm');
    await panel.button(c.activate).click();
    const refused = panel.root.getByTestId('activation-refused');
    await refused.waitFor();
    expect(await refused.locator('li').allTextContents()).toEqual(['Det obligatoriske feltet NAME (Customer) har ingen synkroniseringsretning.']);
    expect((await held(page, 'Cust67890')).connections.find((x) => x.DisplayName === 'Regnskap')?.Active).toBe(false);
    await shot(page, 'step-6-activation-refused-no');

    await customer.getByRole('button', { name: c.save }).click();
    await expect.poll(async () => (await held(page, 'Cust67890')).mappings?.['2/Customer']?.fields.find((f) => f.ErpFieldKey === 'NAME')?.SyncToCrm).toBe(true);
    await panel.button(c.activate).click();
    await panel.root.getByTestId('activated').waitFor();
    expect((await held(page, 'Cust67890')).connections.find((x) => x.DisplayName === 'Regnskap')?.Active).toBe(true);
    await page.close();
  });
});
