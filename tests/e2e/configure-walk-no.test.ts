// Issue 18's whole walk in Norwegian, with the keyboard (focus, Enter, Space, typing; a select is
// changed by typing its item's first letters or End, as a keyboard user does): from a saved
// connection, accept the suggested mapping, fix one direction, map a list with one duplicate
// caught, set one default, reorder two fields, raise the priority, activate. The stand-in holds
// each saved piece. (configure-mappings.test.ts walks it in English, with a reload mid-step.)
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CONFIGURE_TEXTS } from '../../lib/i18n/configure-texts';
import { axePanel } from './axe';
import { adminUrl, TEST_BUILD_DIR } from './browser';
import { held, saveConnection, stepperOf } from './configure-helpers';
import { useE2eSession } from './session';
import { openWizard } from './wizard-helpers';

const env = useE2eSession(TEST_BUILD_DIR);
const c = CONFIGURE_TEXTS.no;
const TENANT = 'Cust67890';

/** Focus, then a key: what a keyboard user does to press a button or tick a box. */
async function press(page: Page, target: Locator, key = 'Enter') {
  await target.focus();
  await page.keyboard.press(key);
}

/** A select changed by typing the start of its item (the browser's own type-ahead). */
async function typeInto(page: Page, select: Locator, text: string) {
  await select.focus();
  await page.keyboard.type(text);
}

describe('konfigurasjonen etter OK, på norsk, med tastaturet', () => {
  it('godtar forslaget, retter en retning, tilordner en liste (duplikat fanget), en standardverdi, flytter et felt, øker prioriteten og aktiverer', async () => {
    const page = await env.browser.context.newPage();
    // An older connection on the tenant, so there is a priority to raise.
    await page.goto(adminUrl(TENANT, '#quote-sync/sync', 'no'));
    const seeded = await page.evaluate(async (tenant) => {
      const token = (document.querySelector('input[name="XSRF_TOKEN"]') as HTMLInputElement).value;
      const Connection = { ErpConnectionId: 0, ErpConnectorId: 1, DisplayName: 'Gammel ERP', DisplayDescription: '', Active: false, ConnectionId: '', MostRecentTimestamp: '', Deleted: false, AllAccess: true, UserGroupAccessIds: [], AssociateAccessIds: [], ConfigFields: { companyDb: 'DEMO', username: 'demo', password: 'demo123' } };
      const r = await fetch(`/${tenant}/api/v1/Agents/ErpSync/SaveConnection`, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': token }, body: JSON.stringify({ Connection }) });
      return ((await r.json()) as { ErpConnectionId?: number }).ErpConnectionId;
    }, TENANT);
    expect(seeded).toEqual(expect.any(Number));
    const panel = await openWizard(page, adminUrl(TENANT, '#quote-sync/sync', 'no'));
    await saveConnection(panel, 'no', 'Demo økonomi', 'Regnskap', env.standin.connectors.finance as string);
    const steps = stepperOf(panel, c);
    const nav = panel.root.getByTestId('config-steps');
    // A step chosen in the list: focus goes to its heading, and from there the keyboard goes on.
    const go = async (step: keyof typeof c.stepNames) => {
      await press(page, nav.getByRole('button', { name: new RegExp(`^\\d\\. ${c.stepNames[step]} `) }));
      await expect.poll(() => steps.current()).toBe(step);
      await expect.poll(() => panel.root.locator('#erp-config-step-title:focus').count()).toBe(1);
    };
    const mine = async () => (await held(page, TENANT)).connections.find((x) => x.DisplayName === 'Regnskap');
    const id = (await mine())?.ErpConnectionId as number;

    // 1. Mappings: the suggestions accepted, the name synced both ways, the actor enabled, saved.
    const customer = panel.root.getByTestId('actor-Customer');
    for (const field of ['Kundenavn', 'Telefon', 'Kundekategori']) await press(page, panel.button(`${c.accept}: ${field}`));
    expect(await panel.field(`${c.crmField}: Telefon`).inputValue()).toBe('PHONE');
    await press(page, panel.field(`${c.direction}: Kundenavn`), 'End');
    expect(await panel.field(`${c.direction}: Kundenavn`).inputValue()).toBe('both');
    await press(page, customer.getByLabel(c.enable('Customer', 'Contact')), 'Space');
    await press(page, customer.getByRole('button', { name: c.save }));
    await customer.getByTestId('mapping-saved').waitFor();
    const mapping = (await held(page, TENANT)).mappings?.[`${id}/Customer`];
    expect(mapping?.IsActive).toBe(true);
    expect(mapping?.fields.find((f) => f.ErpFieldKey === 'NAME')).toMatchObject({ CrmFieldKey: 'NAME', SyncToCrm: true, SyncToErp: true });
    expect(mapping?.fields.find((f) => f.ErpFieldKey === 'Telefon')).toMatchObject({ CrmFieldKey: 'PHONE', SyncToCrm: true });

    // 2. List mapping: two ERP items on one CRM item are caught; fixed, the rest by text, saved.
    await press(page, panel.root.getByRole('button', { name: c.next, exact: true }));
    await expect.poll(() => panel.root.locator('#erp-config-step-title:focus').count()).toBe(1);
    const list = panel.root.getByTestId('list-customerCategories');
    await list.waitFor();
    await typeInto(page, panel.field(`${c.crmItem}: Kunde A`), 'Kunde');
    await typeInto(page, panel.field(`${c.crmItem}: Kunde B`), 'Kunde');
    await expect.poll(() => list.getByTestId('duplicate').count()).toBe(2);
    expect(await list.getByRole('button', { name: c.saveList }).isDisabled()).toBe(true);
    expect(await steps.mark('lists')).toBe('attention');
    expect(await axePanel(page)).toEqual([]);
    await press(page, panel.field(`${c.crmItem}: Kunde B`), 'End'); // Partner, the list's last item
    await press(page, list.getByRole('button', { name: c.suggestItems }));
    expect(await panel.field(`${c.crmItem}: Prospekt`).inputValue()).toBe('2');
    await press(page, list.getByRole('button', { name: c.saveList }));
    await list.getByTestId('list-saved').waitFor();
    expect((await held(page, TENANT)).listMappings).toEqual({ [`${id}/Customer/CATEGORY`]: { A: 1, B: 4, P: 2 } });

    // 3. A default: the customer category "Prospekt" (P) on first sync.
    await go('defaults');
    const defaults = panel.root.getByTestId('defaults-Customer');
    await typeInto(page, defaults.getByLabel(c.defaultField, { exact: true }), 'Kundek');
    await press(page, defaults.getByLabel(c.setDefault), 'Space');
    await defaults.getByLabel(c.defaultValue, { exact: true }).focus();
    await page.keyboard.type('P');
    await press(page, defaults.getByRole('button', { name: c.saveDefault }));
    await defaults.getByTestId('default-saved').waitFor();
    expect(Object.values((await held(page, TENANT)).defaults ?? {})).toEqual([{ HasFirstSyncDefaultValue: true, FirstSyncDefaultValue: 'P', PromptUser: false, Mandatory: false }]);

    // 4. Field order: Telefon up one place, focus kept on its button.
    await go('order');
    const order = panel.root.getByTestId('order-Customer');
    await press(page, order.getByRole('button', { name: c.moveUp('Telefon') }));
    await order.getByTestId('order-saved').waitFor();
    await expect.poll(() => panel.root.locator('button:focus').getAttribute('aria-label')).toBe(c.moveUp('Telefon'));
    expect((await held(page, TENANT)).mappings?.[`${id}/Customer`]?.fields.map((f) => f.ErpFieldKey)).toEqual(['NAME', 'NUMBER1', 'Telefon', 'EMAIL', 'CATEGORY', 'CREDITLIMIT']);

    // 5. Sync priority: this connection above the older one.
    await go('priority');
    const priority = panel.root.getByTestId('priority-step');
    await expect.poll(() => priority.locator('li span').allTextContents()).toEqual(['Gammel ERP', 'Regnskap']);
    await press(page, priority.getByRole('button', { name: c.moveConnUp('Regnskap') }));
    await press(page, priority.getByRole('button', { name: c.savePriority }));
    await priority.getByTestId('priority-saved').waitFor();
    expect((await held(page, TENANT)).syncPriority).toEqual([id, seeded]);

    // 6. Active.
    await go('active');
    expect(await axePanel(page)).toEqual([]);
    await press(page, panel.button(c.activate));
    await panel.root.getByTestId('activated').waitFor();
    expect((await mine())?.Active).toBe(true);
    for (const step of ['mappings', 'defaults', 'order', 'priority'] as const) expect(await steps.mark(step), step).toBe('saved');
    // Saved, but "Utgått" left on "(Ingen valgt)": allowed, and still pointed out.
    expect(await steps.mark('lists')).toBe('attention');
    await page.close();
  });
});
