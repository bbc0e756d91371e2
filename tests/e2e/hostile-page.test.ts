// A hostile script on the CRM's own page, against the wizard in its extension-origin frame. Each
// attack runs while the wizard is really open and a password is really typed (both checked), and
// gets nothing: another tenant's window, a keystroke logger, a forged import, a focus hijack.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminUrl, TEST_BUILD_DIR } from './browser';
import { useE2eSession } from './session';
import { openWizard, panelOf } from './wizard-helpers';

const env = useE2eSession(TEST_BUILD_DIR);
const PASSWORD = 'Hemmelig-Pä55ord!';

/** An "intranet" service on a granted host (loopback): a forged import would aim the connector calls here. */
let intranet: Server;
let intranetHits = 0;
beforeAll(async () => {
  intranet = createServer((_req, res) => {
    intranetHits++;
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => intranet.listen(0, '127.0.0.1', r));
});
afterAll(() => new Promise<void>((r) => intranet.close(() => r())));

/** A new draft at step 3 with the finance connector's fields shown, and the password typed into its own field. */
async function passwordTyped(page: Page, custId = 'Cust12345'): Promise<ReturnType<typeof panelOf>> {
  const panel = await openWizard(page, adminUrl(custId, '#quote-sync/sync'));
  await panel.root.locator('details.drafts summary').click();
  await panel.button('New draft').click();
  await expect.poll(() => panel.heading()).toBe('Install the sync app');
  await panel.button('Next').click();
  await panel.field('Name').fill('Hostile page test');
  await panel.field('URL').fill(env.standin.connectors.finance as string);
  await panel.button('Next').click();
  const password = panel.root.locator('#erp-field-password');
  await password.waitFor({ timeout: 20_000 });
  await password.click();
  await password.pressSequentially(PASSWORD);
  // Really typed: the frame's own field holds it.
  expect(await password.inputValue()).toBe(PASSWORD);
  return panel;
}

/** Everything a page script can read of its own document: the DOM, open shadow roots, form values, storage. */
function pageCanRead(): string {
  const parts: string[] = [document.documentElement.outerHTML];
  const walk = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) parts.push(el.value);
      if (el.shadowRoot) {
        parts.push(el.shadowRoot.innerHTML);
        walk(el.shadowRoot);
      }
      if (el instanceof HTMLIFrameElement) {
        try {
          parts.push(el.contentDocument?.documentElement.outerHTML ?? '');
        } catch {
          /* cross-origin: nothing to read */
        }
      }
    }
  };
  walk(document);
  for (let i = 0; i < localStorage.length; i++) parts.push(localStorage.getItem(localStorage.key(i) as string) ?? '');
  for (let i = 0; i < sessionStorage.length; i++) parts.push(sessionStorage.getItem(sessionStorage.key(i) as string) ?? '');
  return parts.join('\n');
}

describe('a hostile script on the CRM page, with the wizard open', () => {
  it('logs no keystroke, input or paste of the password typed in the panel', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(adminUrl('Cust12345', '#quote-sync/sync'));
    // Installed before the wizard opens, capturing on window and document: everything composed would show here.
    await page.evaluate(() => {
      const log: string[] = [];
      (window as unknown as { __keylog: string[] }).__keylog = log;
      const types = ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'paste', 'compositionstart', 'compositionupdate', 'compositionend', 'change'];
      for (const target of [window, document])
        for (const t of types) target.addEventListener(t, (e) => log.push(`${t}:${(e as KeyboardEvent).key ?? ''}:${(e as InputEvent).data ?? ''}`), true);
    });
    const panel = await passwordTyped(page);
    expect(await panel.root.locator('#erp-field-password').inputValue()).toBe(PASSWORD);
    const log = await page.evaluate(() => (window as unknown as { __keylog: string[] }).__keylog);
    // Not one of the typed characters reached the page (it saw only its own clicks' worth: nothing).
    expect(log).toEqual([]);
    expect(await page.evaluate(pageCanRead)).not.toContain(PASSWORD);
    // The stand-in connector is plain http: the test step says so before the password is sent.
    await panel.root.locator('#erp-connection-name').fill('Hostile page test');
    await panel.root.locator('#erp-field-companyDb').fill('DEMO');
    await panel.root.locator('#erp-field-username').fill('demo');
    await panel.button('Next').click();
    await expect.poll(() => panel.heading()).toBe('Test ERP connection');
    expect(await panel.root.getByTestId('insecure-password').textContent()).toContain('uses plain http://');
    await page.close();
  });

  it('reads nothing of another tenant’s wizard it opened in a window, though the consultant opened it there', async () => {
    // Tenant A's draft, with its session password.
    const a = await env.browser.context.newPage();
    const panelA = await passwordTyped(a, 'Cust12345');
    await expect.poll(() => panelA.root.getByTestId('save-state').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
    await a.close();

    // Tenant B's page (same origin) opens A's admin page in a window it can script.
    const b = await env.browser.context.newPage();
    await b.goto(adminUrl('Cust67890', '#quote-sync/sync'));
    const [win] = await Promise.all([env.browser.context.waitForEvent('page'), b.evaluate((url) => void window.open(url, 'tenant-a'), adminUrl('Cust12345', '#quote-sync/sync'))]);
    await win.waitForLoadState();
    // The consultant clicks the launcher there, as usual: A's draft opens, password restored.
    await win.locator('so-erp-sync-launcher button').click();
    const inA = panelOf(win);
    await inA.root.locator('[role="dialog"]').waitFor();
    await expect.poll(() => inA.root.locator('#erp-field-password').inputValue(), { timeout: 20_000 }).toBe(PASSWORD);
    // B's script reads everything it can of that window, and opens every <details> it can find.
    const stolen = await b.evaluate((read) => {
      const w = window.open('', 'tenant-a') as Window;
      for (const d of w.document.querySelectorAll('details')) d.open = true;
      return new Function('w', `return (${read}).call(w)`)(w) as string;
    }, `function () { const document = this.document; const localStorage = this.localStorage; const sessionStorage = this.sessionStorage; const HTMLInputElement = this.HTMLInputElement; const HTMLTextAreaElement = this.HTMLTextAreaElement; const HTMLIFrameElement = this.HTMLIFrameElement; return (${pageCanRead.toString()})(); }`);
    expect(stolen.length).toBeGreaterThan(100); // it did read A's page…
    expect(stolen).not.toContain(PASSWORD); // …but not the password
    expect(stolen).not.toContain('Hostile page test'); // nor the drafts' names
    await Promise.all([win.close(), b.close()]);
  });

  it('cannot import a draft or start a connector call: no file input, no event reaches the panel', async () => {
    const page = await env.browser.context.newPage();
    const panel = await passwordTyped(page);
    const heading = await panel.heading();
    const draftTitle = await panel.root.locator('.draft-title').textContent();
    const forged = JSON.stringify({ format: 'erp-sync-draft', version: 1, draft: { name: 'Forged', connector: { mode: 'new', name: 'x', url: `http://127.0.0.1:${(intranet.address() as AddressInfo).port}/intranet/admin` } } });
    const found = await page.evaluate((text) => {
      const host = document.querySelector('so-erp-sync-wizard');
      const inputs = [...document.querySelectorAll('input[type="file"]'), ...(host?.shadowRoot?.querySelectorAll('input[type="file"]') ?? [])];
      const file = new File([text], 'draft.json', { type: 'application/json' });
      const frame = host?.shadowRoot?.querySelector('iframe');
      for (const target of [host, frame, document.body].filter(Boolean) as EventTarget[]) {
        target.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
        target.dispatchEvent(new Event('toggle', { bubbles: true, composed: true }));
        target.dispatchEvent(new DragEvent('drop', { bubbles: true, composed: true }));
      }
      // And straight at the frame's window: a "ticket", an import, a draft switch.
      for (const data of [{ type: 'so-erp-sync/ticket', ticket: crypto.randomUUID() }, { type: 'panel/draft-import', text }, { type: 'import', file }])
        frame?.contentWindow?.postMessage(data, '*');
      return inputs.length;
    }, forged);
    expect(found).toBe(0);
    await page.waitForTimeout(1500);
    expect(await panel.heading()).toBe(heading);
    expect(await panel.root.locator('.draft-title').textContent()).toBe(draftTitle);
    expect(intranetHits).toBe(0);
    await page.close();
  });

  it('reloading the frame (moving it) leaves it unserved until the consultant opens the wizard again', async () => {
    const page = await env.browser.context.newPage();
    const panel = await openWizard(page, adminUrl('Cust12345', '#quote-sync/sync'));
    await page.evaluate(() => {
      const host = document.querySelector('so-erp-sync-wizard') as HTMLElement;
      const frame = host.shadowRoot?.querySelector('iframe') as HTMLIFrameElement;
      frame.parentNode?.append(frame); // moving an iframe reloads it
    });
    await expect.poll(() => panel.root.locator('[role="dialog"]').count(), { timeout: 10_000 }).toBe(0);
    // The reloaded frame's own ask is refused: it was never handed a new ticket.
    const frame = page.frames().find((f) => f.url().includes('/wizard-frame.html'));
    expect(await frame?.evaluate(`chrome.runtime.sendMessage({ type: 'panel/drafts-list' })`)).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    // The frame covers the launcher: the consultant reaches it with the keyboard.
    await page.locator('so-erp-sync-launcher button').focus();
    await page.keyboard.press('Enter');
    await panel.root.locator('[role="dialog"]').waitFor({ timeout: 10_000 });
    await page.close();
  });

  it('an imported draft (the consultant’s own import) calls its connector only when the consultant asks', async () => {
    const page = await env.browser.context.newPage();
    const panel = await openWizard(page, adminUrl('Cust12345', '#quote-sync/sync'));
    const hitsBefore = intranetHits;
    const url = `http://127.0.0.1:${(intranet.address() as AddressInfo).port}/intranet/ErpConnectorWS.svc`;
    const file = { format: 'erp-sync-draft', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', draft: { name: 'Imported probe', step: 2, connector: { mode: 'new', name: 'Probe', url }, connection: { name: 'Probe', description: '', visibility: { all: true }, values: {} }, secretKeys: [] } };
    await panel.root.locator('details.drafts summary').click();
    await panel.root.locator('input[type="file"]').setInputFiles({ name: 'probe.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(async () => `${await panel.root.locator('.draft-title').textContent()} ${(await panel.root.getByTestId('import-error').allTextContents()).join(' ')}`, { timeout: 10_000 }).toContain('Imported probe');
    await expect.poll(() => panel.heading()).toBe('ERP connection');
    await page.waitForTimeout(1500);
    expect(intranetHits).toBe(hitsBefore); // opened at its step, its connector not called
    await panel.button('Read the connector’s configuration fields').click();
    await expect.poll(() => intranetHits, { timeout: 10_000 }).toBeGreaterThan(hitsBefore); // now, on the consultant's click
    await page.close();
  });

  it('cannot press a panel button by moving focus to the frame while the consultant presses Enter or Space in a page field', async () => {
    const page = await env.browser.context.newPage();
    const panel = await passwordTyped(page);
    expect(await panel.step()).toBe(2);
    // The page's own field, and a handler that moves focus to the wizard on Enter and Space.
    await page.evaluate(() => {
      const input = Object.assign(document.createElement('input'), { id: 'page-search', placeholder: 'Search' });
      document.body.prepend(input);
      const tries: string[] = [];
      (window as unknown as { __hijacks: string[] }).__hijacks = tries;
      input.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        const host = document.querySelector('so-erp-sync-wizard') as HTMLElement | null;
        const frame = host?.shadowRoot?.querySelector('iframe');
        (frame ?? host)?.focus();
        tries.push(`${e.key}->${document.activeElement?.tagName ?? 'none'}`);
      });
    });
    // The consultant's last place in the panel was its Next button (then clicked into the page).
    await panel.button('Next').focus();
    await page.locator('#page-search').click();
    await page.keyboard.type('x');
    await page.keyboard.press('Enter');
    await page.locator('#page-search').click();
    await page.keyboard.press(' ');
    await page.waitForTimeout(800);
    // The page did move focus to the frame each time…
    expect(await page.evaluate(() => (window as unknown as { __hijacks: string[] }).__hijacks)).toEqual(['Enter->SO-ERP-SYNC-WIZARD', ' ->SO-ERP-SYNC-WIZARD']);
    // …and the keys pressed nothing: still step 3, the password still there.
    expect(await panel.step()).toBe(2);
    expect(await panel.root.locator('#erp-field-password').inputValue()).toBe(PASSWORD);
    await page.close();
  });

  it('cannot have the consultant click a panel it made see-through or laid something over: clicks wait until the panel is shown as drawn', async () => {
    const page = await env.browser.context.newPage();
    const panel = await passwordTyped(page);
    expect(await panel.step()).toBe(2);
    const note = panel.root.getByTestId('cover-note');
    const clickBackUntil = (step: number) => expect.poll(async () => {
      if ((await panel.step()) !== step) await panel.button('Back').click();
      return panel.step();
    }, { timeout: 10_000 }).toBe(step);
    // 1. The whole page, panel included, made nearly transparent (a decoy would sit under it).
    await page.evaluate(() => void (document.documentElement.style.opacity = '0.02'));
    await page.waitForTimeout(400);
    await panel.button('Back').click();
    await page.waitForTimeout(300);
    expect(await panel.step()).toBe(2);
    await note.waitFor();
    expect(await note.textContent()).toMatch(/covering this panel or making it see-through/);
    // Shown as drawn again: clicks work, the note goes.
    await page.evaluate(() => void (document.documentElement.style.opacity = ''));
    await clickBackUntil(1);
    expect(await note.count()).toBe(0);
    // 2. Something laid over the panel that lets clicks through to it.
    await page.evaluate(() => {
      const veil = Object.assign(document.createElement('div'), { id: 'veil' });
      veil.style.cssText = 'position:fixed;inset:0;z-index:2147483647;pointer-events:none;background:rgba(255,255,255,0.01)';
      document.body.append(veil);
    });
    await page.waitForTimeout(400);
    await panel.button('Back').click();
    await page.waitForTimeout(300);
    expect(await panel.step()).toBe(1);
    await note.waitFor();
    await page.evaluate(() => document.getElementById('veil')?.remove());
    await clickBackUntil(0);
    // The keyboard never was held back; Close always works.
    await page.close();
  });

  it('cannot tell the extension is installed by probing its fixed id: the frame page is served only at a per-session id', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(adminUrl('Cust12345', '#quote-sync/sync'));
    const probe = (id: string) => page.evaluate(async (x) => {
      try {
        return (await fetch(`chrome-extension://${x}/wizard-frame.html`)).status;
      } catch {
        return 'refused';
      }
    }, id);
    expect(await probe(env.browser.extensionId)).toBe('refused');
    // The consultant's open still places and serves it.
    const panel = await openWizard(page, adminUrl('Cust12345', '#quote-sync/sync'));
    await expect.poll(() => panel.heading(), { timeout: 10_000 }).not.toBe('');
    await page.close();
  });
});
