// When the CRM refuses its agent (Online restriction), the configuration steps become a prepared,
// printable plan (issue 18), in Chromium against the stand-in: first with a connector that, as the
// sample Test.Excel, names its actors only for a connection it knows (the plan says so and gives
// each dialog's steps), then with one that answers without a connection (the values to pick,
// per dialog, in the native order). The printout holds the plan only.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CONFIGURE_TEXTS } from '../../lib/i18n/configure-texts';
import { axePanel } from './axe';
import { adminUrl, TEST_BUILD_DIR } from './browser';
import { useE2eSession } from './session';
import { openWizard, shot } from './wizard-helpers';

const env = useE2eSession(TEST_BUILD_DIR);
const control = (page: Page, body: object) =>
  page.evaluate(async (b) => (await fetch('/__standin/control', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(b) })).status, body);
const connectorMode = async (mode: string) => (await fetch(`${env.standin.connectorOrigin}/__control/mode`, { method: 'POST', body: JSON.stringify({ profile: 'finance', mode }) })).status;

describe('the plan for a refused agent', () => {
  it('gives per native dialog what to pick, in their order; prints the plan alone', async () => {
    const c = CONFIGURE_TEXTS.en;
    const page = await env.browser.context.newPage();
    await page.goto(adminUrl('Cust12345', '#quote-sync/sync'));
    expect(await control(page, { reset: true, quirks: [] })).toBe(200);
    const panel = await openWizard(page, adminUrl('Cust12345', '#quote-sync/sync'));
    await panel.root.locator('details.drafts > summary').click();
    await panel.button('New draft').click();
    await expect.poll(() => panel.heading()).toBe('Install the sync app');
    await panel.root.locator('details.drafts > summary').click();
    await panel.button('Next').click();
    await panel.field('Name').fill('Planned');
    await panel.field('URL').fill(env.standin.connectors.finance as string);
    await panel.button('Next').click();
    await panel.root.locator('[data-field="companyDb"]').waitFor({ timeout: 20_000 });
    await panel.field(/^Name/).fill('Planned ERP');
    await panel.field(/^Company database/).fill('DEMO');
    await panel.field(/^User name/).fill('demo');
    await panel.field(/^Password/).fill('demo123');
    await panel.button('Next').click();
    expect(await control(page, { quirks: ['restrict-agent'] })).toBe(200);
    await panel.button('Test ERP connection').click();
    await expect.poll(() => panel.root.getByTestId('browser-result').getAttribute('data-kind'), { timeout: 20_000 }).toBe('ok');
    await panel.button('Next').click();

    // A connector that knows actors only per saved connection: said, and each dialog's steps.
    const plan = panel.root.getByTestId('configure-plan');
    await plan.waitFor({ timeout: 20_000 });
    expect(await plan.getByTestId('plan-note').textContent()).toBe(c.plan.unknownConnection);
    expect(await plan.locator('[data-plan] > h5').allTextContents()).toEqual(['Mappings', 'List mapping', 'Defaults', 'Field order', 'Sync priority', 'Active']);

    // One that answers without a connection: the values to pick.
    expect(await connectorMode('actors-without-connection')).toBe(200);
    await panel.button('Back').click();
    await panel.button('Next').click();
    await expect.poll(() => plan.getByTestId('plan-note').count(), { timeout: 20_000 }).toBe(0);
    const mappings = plan.locator('[data-plan="mappings"]');
    await expect.poll(() => mappings.locator('li').allTextContents(), { timeout: 20_000 }).toContain('Customer name (mandatory) → Name, ERP to SuperOffice (>)');
    expect(await mappings.locator('.plan-steps li').first().textContent()).toBe(c.plan.open('Planned ERP', 'Mappings'));
    expect(await plan.locator('[data-plan="lists"] li').allTextContents()).toContain(c.plan.itemSameText('Prospekt'));
    expect(await axePanel(page)).toEqual([]);
    await plan.locator('h4').scrollIntoViewIfNeeded();
    await shot(page, 'configure-plan');

    // Print: the browser's own dialog, and a print stylesheet that leaves only the plan.
    const frame = page.frames().find((f) => f.url().includes('/wizard-frame.html'));
    if (!frame) throw new Error('no wizard frame');
    await frame.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await plan.getByRole('button', { name: c.plan.print }).click();
    expect(await frame.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const seen = await frame.evaluate(() => {
      const shown = (sel: string) => [...document.querySelectorAll(sel)].some((e) => getComputedStyle(e).visibility === 'visible' && (e as HTMLElement).offsetParent !== null);
      return { plan: shown('.configure-plan h5'), stepHeading: shown('#erp-step-title'), manual: shown('[data-manual]'), printButton: shown('.plan-actions button') };
    });
    expect(seen).toEqual({ plan: true, stepHeading: false, manual: false, printButton: false });
    await page.emulateMedia({ media: 'screen' });
    expect(await connectorMode('ok')).toBe(200);
    await control(page, { quirks: [] });
    await page.close();
  });
});
