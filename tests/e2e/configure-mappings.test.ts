// After OK, the configuration continues in the panel (issue 18), in Chromium against the stand-in,
// as six steps of their own: accept a suggested mapping, fix a direction, save (the CRM holds it),
// a reload mid-step that comes back to the same step with the unsaved choices, activate; and, in
// Norwegian, a raised sync priority, the check before activation naming the mandatory field with a button that reaches it,
// then the CRM's own refusal in words. axe on the new step.
import { describe, expect, it } from 'vitest';
import { TEXTS } from '../../lib/i18n/texts';
import { CONFIGURE_TEXTS } from '../../lib/i18n/configure-texts';
import { axePanel } from './axe';
import { adminUrl, TEST_BUILD_DIR } from './browser';
import { useE2eSession } from './session';
import { openWizard, shot, type panelOf } from './wizard-helpers';
import { held, saveConnection, stepperOf } from './configure-helpers';

const draftSaved = (panel: ReturnType<typeof panelOf>) => expect.poll(() => panel.root.getByTestId('save-state').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');

const env = useE2eSession(TEST_BUILD_DIR);

describe('configuration after OK', () => {
  it('accepts the suggested mapping, fixes a direction, saves, activates; the CRM holds each piece (English)', async () => {
    const c = CONFIGURE_TEXTS.en;
    const page = await env.browser.context.newPage();
    const panel = await openWizard(page, adminUrl('Cust12345', '#quote-sync/sync'));
    await saveConnection(panel, 'en', 'Demo finance', 'Finance ERP', env.standin.connectors.finance as string);
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
    const steps = stepperOf(panel, c);
    expect(await steps.mark('mappings')).toBe('saved');
    await shot(page, 'step-6-mappings-saved');
    const saved = (await held(page, 'Cust12345')).mappings?.['1/Customer'];
    expect(saved?.IsActive).toBe(true);
    expect(saved?.fields.find((f) => f.ErpFieldKey === 'NAME')).toMatchObject({ CrmFieldKey: 'NAME', SyncToCrm: true, SyncToErp: true });
    expect(saved?.fields.find((f) => f.ErpFieldKey === 'Telefon')).toMatchObject({ CrmFieldKey: 'PHONE', SyncToCrm: true, SyncToErp: false });

    // List mapping, the next step, by keyboard: focus goes to the step's heading.
    await panel.root.getByRole('button', { name: c.next, exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.root.locator('#erp-config-step-title:focus').count()).toBe(1);
    expect(await steps.heading()).toBe(`${c.stepOf(2, 6)}: ${c.stepNames.lists}`);
    // The category list appears once its field is saved; a duplicate is caught.
    const list = panel.root.getByTestId('list-customerCategories');
    await list.waitFor();
    await panel.field(`${c.crmItem}: Kunde A`).selectOption({ label: 'Kunde' });
    await panel.field(`${c.crmItem}: Kunde B`).selectOption({ label: 'Kunde' });
    expect(await list.getByTestId('duplicate').count()).toBe(2);
    expect(await panel.field(`${c.crmItem}: Kunde B`).getAttribute('aria-invalid')).toBe('true');
    expect(await list.getByRole('button', { name: c.saveList }).isDisabled()).toBe(true);
    expect(await steps.mark('lists')).toBe('attention');
    expect(await axePanel(page)).toEqual([]);
    await shot(page, 'configure-stepper');
    await panel.field(`${c.crmItem}: Kunde B`).selectOption({ label: 'Partner' });
    await list.getByRole('button', { name: c.suggestItems }).click();
    expect(await panel.field(`${c.crmItem}: Prospekt`).inputValue()).toBe('2');
    await list.getByRole('button', { name: c.saveList }).click();
    await list.getByTestId('list-saved').waitFor();
    expect((await held(page, 'Cust12345')).listMappings).toEqual({ '1/Customer/CATEGORY': { A: 1, B: 4, P: 2 } });
    // Back to Mappings: one choice changed and not saved.
    await steps.go('mappings');
    await panel.field(`${c.showInSearch}: Phone`).check();
    // One default: the customer category is set to "Prospekt" (P) on first sync.
    await steps.go('defaults');
    const defaults = panel.root.getByTestId('defaults-Customer');
    await defaults.getByLabel(c.defaultField, { exact: true }).selectOption({ label: 'Customer category' });
    await defaults.getByLabel(c.setDefault).check();
    await defaults.getByRole('button', { name: c.saveDefault }).click();
    expect(await defaults.getByRole('alert').textContent()).toBe(c.defaultProblems['no-value']);
    await defaults.getByLabel(c.defaultValue, { exact: true }).fill('P');

    // A reload mid-step: the wizard comes back to the same configuration step with what was
    // chosen and not yet saved (kept in the draft), read again from the CRM underneath.
    await draftSaved(panel);
    await page.reload();
    await openWizard(page, adminUrl('Cust12345', '#quote-sync/sync'));
    await expect.poll(() => panel.heading(), { timeout: 20_000 }).toBe(TEXTS.en.steps[5]);
    await panel.root.getByTestId('config-step-defaults').waitFor({ timeout: 20_000 });
    expect(await steps.current()).toBe('defaults');
    expect(await steps.mark('mappings')).toBe('saved');
    await expect.poll(() => defaults.getByLabel(c.defaultValue, { exact: true }).inputValue(), { timeout: 20_000 }).toBe('P');
    expect(await defaults.getByLabel(c.setDefault).isChecked()).toBe(true);
    await steps.go('mappings');
    expect(await panel.field(`${c.showInSearch}: Phone`).isChecked()).toBe(true);
    await panel.field(`${c.showInSearch}: Phone`).uncheck();
    await steps.go('defaults');
    await defaults.getByRole('button', { name: c.saveDefault }).click();
    await defaults.getByTestId('default-saved').waitFor();
    expect(Object.values((await held(page, 'Cust12345')).defaults ?? {})).toEqual([{ HasFirstSyncDefaultValue: true, FirstSyncDefaultValue: 'P', PromptUser: false, Mandatory: false }]);

    expect(await steps.mark('defaults')).toBe('saved');
    // Field order on the ERP tab, by keyboard: Phone up one place; focus stays on its button.
    await steps.next();
    const order = panel.root.getByTestId('order-Customer');
    await order.getByRole('button', { name: c.moveUp('Phone') }).focus();
    await page.keyboard.press('Enter');
    await order.getByTestId('order-saved').waitFor();
    expect(await order.locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).toEqual(['NAME', 'NUMBER1', 'Telefon', 'EMAIL', 'CATEGORY', 'CREDITLIMIT']);
    await expect.poll(() => panel.root.locator('button:focus').getAttribute('aria-label')).toBe(c.moveUp('Phone'));
    expect((await held(page, 'Cust12345')).mappings?.['1/Customer']?.fields.map((f) => f.ErpFieldKey)).toEqual(['NAME', 'NUMBER1', 'Telefon', 'EMAIL', 'CATEGORY', 'CREDITLIMIT']);

    // Sync priority skipped (one connection), then Active.
    await steps.next();
    expect(await steps.current()).toBe('priority');
    await panel.root.getByRole('button', { name: c.skip, exact: true }).click();
    expect(await steps.mark('priority')).toBe('skipped');
    expect(await steps.current()).toBe('active');
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
    await saveConnection(panel, 'no', 'Demo økonomi', 'Regnskap', env.standin.connectors.finance as string);
    const steps = stepperOf(panel, c);
    await steps.go('priority');
    const priority = panel.root.getByTestId('priority-step');
    await expect.poll(() => priority.locator('li').allTextContents()).toEqual(['Gammel ERP ↑↓', 'Regnskap ↑↓']);
    await priority.getByRole('button', { name: c.moveConnUp('Regnskap') }).click();
    expect(await priority.locator('li span').allTextContents()).toEqual(['Regnskap', 'Gammel ERP']);
    await priority.getByRole('button', { name: c.savePriority }).click();
    await priority.getByTestId('priority-saved').waitFor();
    expect((await held(page, 'Cust67890')).syncPriority).toEqual([2, 1]);
    await steps.go('mappings');
    const customer = panel.root.getByTestId('actor-Customer');
    await customer.getByLabel(c.enable('Customer', 'Contact')).check();
    expect(await steps.mark('mappings')).toBe('attention');
    await steps.go('active');
    const problems = panel.root.getByTestId('activation-problems');
    expect(await problems.locator('li').first().textContent()).toBe(`${c.problemMandatory('Customer', 'Kundenavn')} ${c.goTo}`);
    expect(await panel.button(c.activate).isDisabled()).toBe(true);
    expect(await axePanel(page)).toEqual([]);
    // Keyboard: the button is focused and followed with Enter; focus lands on the field it names.
    await problems.getByRole('button', { name: new RegExp(`^${c.goTo}`) }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.root.locator('select:focus').getAttribute('aria-label')).toBe(`${c.crmField}: Kundenavn`);
    expect(await steps.current()).toBe('mappings');

    // Saved as it is (enabled, no direction), then a direction chosen but not saved: the wizard's
    // check passes, the CRM refuses with the field named.
    await customer.getByRole('button', { name: c.save }).click();
    await customer.getByTestId('mapping-saved').waitFor();
    await panel.field(`${c.direction}: Kundenavn`).selectOption('to-crm');
    await steps.go('active');
    await panel.button(c.activate).click();
    const refused = panel.root.getByTestId('activation-refused');
    await refused.waitFor();
    expect(await refused.locator('li').allTextContents()).toEqual(['Det obligatoriske feltet NAME (Customer) har ingen synkroniseringsretning.']);
    expect((await held(page, 'Cust67890')).connections.find((x) => x.DisplayName === 'Regnskap')?.Active).toBe(false);
    await shot(page, 'step-6-activation-refused-no');

    await steps.go('mappings');
    await customer.getByRole('button', { name: c.save }).click();
    await expect.poll(async () => (await held(page, 'Cust67890')).mappings?.['2/Customer']?.fields.find((f) => f.ErpFieldKey === 'NAME')?.SyncToCrm).toBe(true);
    await steps.go('active');
    await panel.button(c.activate).click();
    await panel.root.getByTestId('activated').waitFor();
    expect((await held(page, 'Cust67890')).connections.find((x) => x.DisplayName === 'Regnskap')?.Active).toBe(true);
    await page.close();
  });
});
