// Hostile connector answers through the real extension: panel → background → connector → panel.
// Each answer ends in the panel as a classified message (or as plain text), never a hang past the
// test timeout the consultant chose (the smallest allowed, 3 s), never markup from the connector.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MAX_FIELDS } from '../../lib/protocol/fields';
import { FANOUT_LISTS, HOSTILE_KEYS, MARKUP_DESCRIPTION, MARKUP_NAME } from '../../standin/connector/hostile';
import { MAX_LIST_ITEMS } from '../../lib/protocol/client';
import type { ConnectorMode } from '../../standin/connector/modes';
import { adminUrl, TEST_BUILD_DIR } from './browser';
import { useE2eSession } from './session';
import { openWizard, type panelOf } from './wizard-helpers';

const env = useE2eSession(TEST_BUILD_DIR);
const TIMEOUT_S = 3;
/** A busy machine's room on top of the timeout: still far below "hangs". */
const MARGIN_MS = 3000;

async function setMode(mode: ConnectorMode) {
  const res = await fetch(`${env.standin.connectorOrigin}/__control/mode`, { method: 'POST', body: JSON.stringify({ profile: 'finance', mode }) });
  expect(res.status).toBe(200);
}
const canaries = async () => (await (await fetch(`${env.standin.connectorOrigin}/__control/canaries`)).json()) as { xxe: number; redirected: number };

async function smallestTimeout() {
  await env.browser.worker.evaluate(
    (seconds) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ settings: { testTimeoutSeconds: seconds } }),
    TIMEOUT_S,
  );
}

/**
 * The wizard at its connection step with the finance connector in `mode`: the fields are read
 * as the step opens (a resumed draft opens there directly). `loadMs` runs from the moment the
 * panel shows it is reading to the moment it shows a result.
 */
async function readFieldsIn(mode: ConnectorMode, opts: { newDraft?: boolean } = {}): Promise<{ page: Page; panel: ReturnType<typeof panelOf>; loadMs: number }> {
  await smallestTimeout();
  await setMode(mode);
  const page = await env.browser.context.newPage();
  const panel = await openWizard(page, adminUrl('Cust12345', '#quote-sync/sync'));
  if (opts.newDraft) {
    await panel.root.locator('details.drafts summary').click();
    await panel.button('New draft').click();
    await expect.poll(() => panel.heading()).toBe('Install the sync app');
  }
  if ((await panel.heading()) !== 'ERP connection') {
    await panel.button('Next').click();
    await panel.field('Name').fill('Hostile finance');
    await panel.field('URL').fill(env.standin.connectors.finance as string);
    await panel.button('Next').click();
  }
  expect(await panel.heading()).toBe('ERP connection');
  const config = panel.root.locator('section.config');
  const settled = panel.root.locator('.config .notice.error, .config [data-field]');
  let busyAt: number | null = null;
  const seen = async () => {
    if (busyAt === null && (await config.getAttribute('aria-busy')) === 'true') busyAt = Date.now();
    return settled.count();
  };
  await expect.poll(seen, { timeout: 20_000, interval: 50 }).toBeGreaterThan(0);
  return { page, panel, loadMs: busyAt === null ? 0 : Date.now() - busyAt };
}

const failure = (panel: ReturnType<typeof panelOf>) => panel.root.locator('.config .notice.error[role="alert"]');

describe('hostile connector answers in the panel', () => {
  it('a redirect to another origin is reported as a redirect and not followed', async () => {
    const before = await canaries();
    const { page, panel } = await readFieldsIn('redirect-cross-origin');
    // The service worker sees an opaque redirect: it knows there is one, not where it leads.
    expect(await failure(panel).textContent()).toContain('The address redirects elsewhere');
    expect(await panel.root.locator('[data-field]').count()).toBe(0);
    expect(await canaries()).toEqual(before);
    await page.close();
  });

  it('a body that drips forever is cut off by the 3 s timeout, after the headers arrived', async () => {
    const { page, panel, loadMs } = await readFieldsIn('drip');
    expect(await failure(panel).textContent()).toContain(`No complete answer within ${TIMEOUT_S} s`);
    expect(loadMs).toBeGreaterThanOrEqual(TIMEOUT_S * 1000 - 500);
    expect(loadMs).toBeLessThan(TIMEOUT_S * 1000 + MARGIN_MS);
    await page.close();
  });

  it('a 50 MB body is refused at the size cap, well before the timeout', async () => {
    const { page, panel, loadMs } = await readFieldsIn('huge-50mb');
    expect(await failure(panel).textContent()).toContain('The answer was larger than 2048 kB');
    expect(loadMs).toBeLessThan(TIMEOUT_S * 1000 + MARGIN_MS);
    await page.close();
  });

  it('script and markup in a DisplayName are shown as text, never as HTML', async () => {
    const { page, panel } = await readFieldsIn('markup-displayname');
    const field = panel.root.locator('[data-field="markup"]');
    await field.waitFor();
    expect(await field.locator('label').textContent()).toBe(MARKUP_NAME);
    expect(await field.locator('.help').textContent()).toBe(MARKUP_DESCRIPTION);
    expect(await field.locator('label').isVisible()).toBe(true);
    // Nothing the connector wrote became an element, in the panel or anywhere on the page.
    expect(await field.locator('img, script, b, a, style').count()).toBe(0);
    expect(await panel.root.locator('#erp-pwned, a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('#erp-pwned').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __erpPwned?: number }).__erpPwned)).toBeUndefined();
    // The label still names its input, as text.
    expect(await panel.root.getByLabel(MARKUP_NAME, { exact: true }).count()).toBe(1);
    await page.close();
  });

  it('10,000 fields: the first 500 are shown with a note, and a new draft still saves', async () => {
    // A new draft: one that kept values of other fields would pass the drafts' cap of 500 values.
    const { page, panel, loadMs } = await readFieldsIn('many-fields-10000', { newDraft: true });
    expect(loadMs).toBeLessThan(TIMEOUT_S * 1000 + MARGIN_MS);
    expect(await panel.root.locator('[data-field]').count()).toBe(MAX_FIELDS);
    expect(await panel.root.getByTestId('field-warnings').locator('li').first().textContent()).toBe('The connector sent 10000 fields; only the first 500 are shown and used.');
    await panel.field('Field 7').fill('typed');
    await expect.poll(() => panel.root.getByTestId('save-state').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
    await page.close();
  });

  it('defaults of 5,000 whitespace characters in [F: and [DT: do not block: fields shown in time, with notes', async () => {
    const { page, panel, loadMs } = await readFieldsIn('regex-bomb-defaults', { newDraft: true });
    expect(loadMs).toBeLessThan(TIMEOUT_S * 1000 + MARGIN_MS);
    await panel.root.locator('[data-field="bombFactor"]').waitFor();
    expect(await panel.root.getByTestId('field-warnings').locator('li[data-code="bad-default"]').count()).toBe(2);
    await page.close();
  });

  it('a flood of namespace declarations is refused as not XML, within the timeout', async () => {
    const { page, panel, loadMs } = await readFieldsIn('namespace-flood');
    expect(loadMs).toBeLessThan(TIMEOUT_S * 1000 + MARGIN_MS);
    expect(await failure(panel).count()).toBe(1);
    await page.close();
  });

  it('FieldKeys __proto__, constructor and prototype are left out with a note, and typed work still saves', async () => {
    const { page, panel } = await readFieldsIn('hostile-fieldkeys', { newDraft: true });
    await panel.root.locator('[data-field]').first().waitFor();
    expect(await panel.root.getByTestId('field-warnings').locator('li[data-code="reserved-key"]').count()).toBe(HOSTILE_KEYS.length);
    await panel.root.locator('[data-field] input[type="text"]:not([readonly])').first().fill('typed');
    await expect.poll(() => panel.root.getByTestId('save-state').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
    await page.close();
  });

  it('500 lists of 20,000 items: lists come as their fields are shown, capped, and the load ends within the timeout', async () => {
    const { page, panel, loadMs } = await readFieldsIn('list-fanout-500', { newDraft: true });
    expect(loadMs).toBeLessThan(TIMEOUT_S * 1000 + MARGIN_MS);
    expect(await panel.root.locator('[data-field]').count()).toBe(FANOUT_LISTS);
    const shownAt = Date.now();
    // The first list arrives, capped (its items plus "choose").
    await expect.poll(() => panel.root.locator('[data-field="list0"] option').count(), { timeout: TIMEOUT_S * 1000 + MARGIN_MS }).toBe(MAX_LIST_ITEMS + 1);
    // The cut is said, and an item after the first ones can still be chosen by its key.
    await expect.poll(() => panel.root.locator('[data-testid="field-warnings"] li[data-code="list-truncated"]').count()).toBeGreaterThan(0);
    expect(await panel.root.locator('[data-testid="field-warnings"] li[data-code="list-truncated"]').first().textContent()).toMatch(/the list sent 20000 items; only the first 1000 are offered/);
    await panel.root.locator('[data-field="list0"]').getByRole('button', { name: 'Type an item’s key instead' }).click();
    await panel.root.locator('[data-field="list0"] input[type="text"]').fill('19999');
    expect(await panel.root.locator('[data-field="list0"].invalid').count()).toBe(0);
    // The field load's budget is spent within the timeout: the last list's field stays a text box, and
    // the panel still answers typing at once.
    await page.waitForTimeout(Math.max(0, TIMEOUT_S * 1000 + MARGIN_MS - (Date.now() - shownAt)));
    expect(await panel.root.locator('[data-field="list499"] input[type="text"]').count()).toBe(1);
    await panel.root.locator('[data-field="list499"] input').fill('typed');
    await expect.poll(() => panel.root.getByTestId('save-state').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
    // The CRM tab (page and panel share its heap) holds the fields and the lists that came: far under 400 MB.
    const cdp = await page.context().newCDPSession(page);
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    expect(heap.usedSize).toBeLessThan(400 * 1024 * 1024);
    await page.close();
  });

  it('an unknown FieldType is shown as read-only text, with a note naming the field and the type', async () => {
    const { page, panel } = await readFieldsIn('unknown-fieldtype');
    const colour = panel.root.locator('[data-field="colour"] input');
    await colour.waitFor();
    expect(await colour.isEditable()).toBe(false);
    expect(await colour.inputValue()).toBe('#ff0000');
    const note = panel.root.getByTestId('field-warnings');
    expect(await note.locator('li').allTextContents()).toEqual(['“Colour” (colour): unknown field type “Color”; shown as read-only text, its default is sent as it is.']);
    await page.close();
  });
});
