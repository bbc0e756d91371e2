// The message boundary in real Chromium, on the production build (no connector host granted):
// spoofed messages from the page, another extension, a connector host never granted, malformed
// and oversized payloads are all refused and counted; the options page shows the counts.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminUrl, BUILD_DIR, launchWithExtension, type ExtensionBrowser } from './browser';
import { probe, type PageProbe } from './cdp';
import { startStandinProcess, type RunningStandin } from './standin-process';
import { intoWizard, NOT_OPENED, panelOf, wizardNotOpened } from './wizard-helpers';

const OTHER_EXTENSION = resolve(import.meta.dirname, 'fixtures/other-extension');
const KINDS = ['unknown-sender', 'not-allowed', 'invalid-message', 'oversized', 'not-permitted'] as const;
type Counts = Record<(typeof KINDS)[number], number>;

let standin: RunningStandin;
let browser: ExtensionBrowser;
let other: Worker;
/** A connector that must never be called: it counts every request that reaches it. */
let connector: Server;
let connectorHits = 0;

beforeAll(async () => {
  standin = await startStandinProcess();
  browser = await launchWithExtension(standin.crmPort, BUILD_DIR, true, [OTHER_EXTENSION]);
  const isOther = (w: Worker) => w.url().endsWith('/other-background.js');
  other = browser.context.serviceWorkers().find(isOther) ?? (await browser.context.waitForEvent('serviceworker', { predicate: isOther, timeout: 15_000 }));
  connector = createServer((_req, res) => {
    connectorHits++;
    res.end('<nothing/>');
  });
  await new Promise<void>((done) => connector.listen(0, '127.0.0.1', done));
});
afterAll(async () => {
  await browser?.close();
  await standin?.stop();
  await new Promise((done) => connector?.close(done));
});

/** The counts as the extension's own page gets them (`ui/refusals`). */
async function counts(): Promise<Counts> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const r = (await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ui/refusals' }))) as { ok: boolean; value: { counts: Counts } };
  await page.close();
  expect(r.ok).toBe(true);
  return r.value.counts;
}
/** What went up since `before`, kind by kind. */
const grown = (before: Counts, after: Counts) => Object.fromEntries(KINDS.map((k) => [k, after[k] - before[k]]));
const only = (kind: (typeof KINDS)[number], n: number) => Object.fromEntries(KINDS.map((k) => [k, k === kind ? n : 0]));
const NOTHING = Object.fromEntries(KINDS.map((k) => [k, 0]));

/** The Sync tab with the launcher up, and a way to send from our content script's own world. */
async function syncTab(): Promise<{ page: Page; seen: PageProbe; send: (expression: string) => Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> }> {
  const page = await browser.context.newPage();
  const seen = await probe(page, browser.extensionId);
  await page.goto(adminUrl('Cust12345', '#quote-sync/sync'));
  await page.locator('so-erp-sync-launcher button').waitFor({ timeout: 10_000 });
  return { page, seen, send: (expression) => seen.evalInContentScript(`chrome.runtime.sendMessage(${expression})`) };
}

/** The wizard open on the Sync tab, and a way to send from its own extension-origin frame (the only sender of panel messages). */
async function openedPanel(): Promise<{ page: Page; send: (expression: string) => Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> }> {
  const { page } = await syncTab();
  await page.locator('so-erp-sync-launcher button').click();
  await panelOf(page).root.locator('.bg-status[data-state="ok"]').waitFor();
  const frame = page.frames().find((f) => f.url().includes('/wizard-frame.html'));
  if (!frame) throw new Error('No wizard frame');
  return { page, send: (expression) => frame.evaluate(`chrome.runtime.sendMessage(${expression})`) };
}

describe('the message boundary in Chromium', () => {
  it('ignores what the page posts or dispatches: no wizard, no call to the background', async () => {
    const { page, seen } = await syncTab();
    const before = await counts();
    await page.evaluate(() => {
      const look = [{ type: 'cs/open-wizard' }, { type: 'ui/open-wizard', tabId: 1 }, { type: 'panel/draft-import', text: '{}' }];
      for (const data of look) {
        window.postMessage(data, '*');
        window.dispatchEvent(new MessageEvent('message', { data, origin: location.origin, source: window }));
        for (const target of [window, document, document.body, document.querySelector('so-erp-sync-launcher') as Element]) {
          target.dispatchEvent(new CustomEvent(data.type, { detail: data, bubbles: true, composed: true }));
          target.dispatchEvent(new CustomEvent('erp-sync', { detail: data, bubbles: true, composed: true }));
        }
      }
      // The keyboard shortcut is the browser's: a synthetic Alt+Shift+E is just an event.
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'E', code: 'KeyE', altKey: true, shiftKey: true, bubbles: true }));
      // Our element itself (the button lives in its shadow root).
      document.querySelector('so-erp-sync-launcher')?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    });
    await page.waitForTimeout(1500);
    expect(await wizardNotOpened(page)).toEqual(NOT_OPENED); // the preloaded frame stays hidden and empty
    expect(seen.scripts.filter((s) => s.includes('wizard'))).toEqual([]); // the wizard's code was never injected
    expect(grown(before, await counts())).toEqual(NOTHING);
    await page.close();
  });

  it('ignores clicks a page script makes on the launcher, and cannot reach into the panel’s frame at all', async () => {
    const { page, seen } = await syncTab();
    const before = await counts();
    const forged = () => seen.evalInContentScript<number>(`globalThis[Symbol.for('so-erp-sync-forged-events')] ?? 0`);
    // The launcher's button, clicked from the page: no wizard, no call to the background.
    await page.evaluate(() => (document.querySelector('so-erp-sync-launcher')?.shadowRoot?.querySelector('button') as HTMLButtonElement).click());
    await page.waitForTimeout(1500);
    expect(await wizardNotOpened(page)).toEqual(NOT_OPENED); // the preloaded frame stays hidden and empty
    expect(seen.scripts.filter((s) => s.includes('wizard'))).toEqual([]);
    expect(await forged()).toBe(1);

    // The consultant opens it. The panel is the extension's own document in a frame: the page
    // cannot reach a single button of it. It tries anyway: the frame's document, its window, keys
    // and clicks at the frame element.
    await page.locator('so-erp-sync-launcher button').click();
    const panel = panelOf(page);
    const dialog = panel.root.locator('[role="dialog"]');
    await dialog.waitFor();
    await intoWizard(page);
    const stepBefore = await panel.step();
    const reached = await page.evaluate(() => {
      const iframe = document.querySelector('so-erp-sync-wizard')?.shadowRoot?.querySelector('iframe') ?? null;
      let doc: Document | null = null;
      try {
        doc = iframe?.contentDocument ?? null;
      } catch {
        doc = null;
      }
      for (const k of ['Enter', ' ', 'Escape']) iframe?.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
      iframe?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      return { doc: doc !== null, buttons: doc?.querySelectorAll('button').length ?? 0 };
    });
    expect(reached).toEqual({ doc: false, buttons: 0 });
    await page.waitForTimeout(1000);
    expect(await dialog.isVisible()).toBe(true);
    expect(await page.locator('so-erp-sync-wizard:visible').count()).toBe(1); // Escape did not close it
    expect(await panel.step()).toBe(stepBefore);
    expect(await panel.root.locator('details[open]').count()).toBe(0);
    expect(grown(before, await counts())).toEqual(NOTHING);
    // The consultant's own click still works.
    await panel.root.getByRole('button', { name: 'Step 2 of 6: Sync Connector' }).click();
    await expect.poll(panel.step).toBe(1);
    await page.close();
  });

  it('refuses and counts another extension’s messages and ports, even when they copy ours', async () => {
    const before = await counts();
    const sendTo = (message: unknown) => other.evaluate(([id, m]) => (self as unknown as { sendTo(id: string, m: unknown): Promise<unknown> }).sendTo(id, m), [browser.extensionId, message] as const);
    expect(await sendTo({ type: 'cs/open-wizard' })).toEqual({ answer: { ok: false, error: { code: 'unknown-sender', message: expect.any(String) } } });
    expect(await sendTo({ type: 'ui/drafts-all' })).toMatchObject({ answer: { ok: false, error: { code: 'unknown-sender' } } });
    const port = await other.evaluate(([id]) => (self as unknown as { connectTo(id: string, m: unknown): Promise<{ disconnected: boolean; heard: unknown[] }> }).connectTo(id, { type: 'ui/refusals' }), [browser.extensionId] as const);
    expect(port).toMatchObject({ disconnected: true, heard: [] });
    await expect.poll(async () => grown(before, await counts()), { timeout: 5000 }).toEqual(only('unknown-sender', 3));
  });

  it('refuses a connector call to a host never granted before any request, and counts it', async () => {
    const { page, send } = await openedPanel();
    const before = await counts();
    const url = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/ErpConnectorWS.svc`;
    expect(await send(JSON.stringify({ type: 'panel/connector-test', requestId: 'b1', url, connectionInfo: { UserName: 'demo', Password: 'x' } }))).toMatchObject({
      ok: true,
      value: { kind: 'not-permitted', latencyMs: 0 },
    });
    expect(await send(JSON.stringify({ type: 'panel/connector-fields', requestId: 'b2', url }))).toMatchObject({ ok: true, value: { fields: { kind: 'not-permitted' } } });
    expect(connectorHits).toBe(0);
    expect(grown(before, await counts())).toEqual(only('not-permitted', 2));
    await page.close();
  });

  it('refuses and counts malformed messages from the wizard frame', async () => {
    const { page, send } = await openedPanel();
    const before = await counts();
    const malformed = [
      `{ type: 'panel/ping', sentAt: 'soon' }`,
      `{ type: 'panel/connector-test', requestId: 'no spaces', url: 'http://h/x', connectionInfo: {} }`,
      `{ type: 'bg/fetch-anything', url: 'https://evil.example' }`,
      `JSON.parse('{"type":"panel/draft-save","id":"3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e","baseRevision":1,"patch":{"connection":{"__proto__":{"x":1}}}}')`,
      `'panel/ping'`,
    ];
    for (const m of malformed) expect(await send(m), m).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    // The wizard frame asking for what only the extension's own pages may ask: the counts themselves.
    expect(await send(`{ type: 'ui/refusals' }`)).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(grown(before, await counts())).toEqual({ ...only('invalid-message', malformed.length), 'not-allowed': 1 });
    await page.close();
  });

  it('refuses an oversized message before reading it, shows every count on the options page, and keeps them when the worker restarts', async () => {
    const { page, send } = await openedPanel();
    const before = await counts();
    expect(await send(`{ type: 'panel/draft-import', text: 'x'.repeat(2 * 1024 * 1024) }`)).toMatchObject({ ok: false, error: { code: 'oversized' } });
    // The largest legitimate import still goes through to the drafts (which then say what is wrong with it).
    expect(await send(`{ type: 'panel/draft-import', text: 'x'.repeat(300000) }`)).not.toMatchObject({ error: { code: 'oversized' } });
    const after = await counts();
    expect(grown(before, after)).toEqual(only('oversized', 1));
    await page.close();

    await stopServiceWorker();
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const table = options.getByRole('table');
    await table.waitFor();
    expect(await options.getByRole('heading', { name: 'Refused messages' }).count()).toBe(1);
    const shown = async () => Object.fromEntries(await Promise.all(KINDS.map(async (k) => [k, Number(await table.locator(`tr[data-kind="${k}"] td`).textContent())])));
    expect(await shown()).toEqual(after);
    expect(await table.getByRole('rowheader', { name: 'Too large' }).count()).toBe(1);
    expect(await options.getByRole('status').filter({ hasText: 'refused in all' }).textContent()).toContain(`${KINDS.reduce((n, k) => n + after[k], 0)} messages refused in all.`);
    await options.close();
  });
});

/** Stop our service worker as Chrome does when it idles, and see that it stopped. */
async function stopServiceWorker(): Promise<void> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const workers = async () =>
    ((await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] }).targetInfos.filter(
      (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`),
    );
  const [target] = await workers();
  if (!target) throw new Error('The extension has no running service worker');
  await cdp.send('Target.closeTarget', { targetId: target.targetId });
  await expect.poll(async () => (await workers()).length, { timeout: 10_000 }).toBe(0);
  await page.close();
}
