// The Sync-tab check (lib/page/sync-tab.ts) as code in a real browser: it asks Chromium's XPath
// engine and checkVisibility, which happy-dom does not have. Bundled as it ships, run in a plain
// page (no extension needed), over the markup variations a SuperOffice version may bring.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, INSTALL_HINT } from './chromium';

let browser: Browser;
let page: Page;
let check: string;

beforeAll(async () => {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const out = await build({
    stdin: { contents: "import { currentScreen } from './lib/page/sync-tab'; globalThis.currentScreen = currentScreen;", resolveDir: resolve(import.meta.dirname, '../..'), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    logLevel: 'silent',
  });
  check = out.outputFiles[0]?.text ?? '';
  browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

async function screenOf(body: string): Promise<string> {
  await page.setContent(`<!doctype html><html><body>${body}</body></html>`);
  await page.addScriptTag({ content: check });
  return page.evaluate(() => (globalThis as unknown as { currentScreen(): string }).currentScreen());
}

const tab = (connectors = 'Sync Connectors', connections = 'ERP connections') => `<h2>${connectors}</h2><table><tr><td>Visma</td></tr></table><h2> ${connections} </h2><table></table>`;

describe('currentScreen in Chromium', () => {
  it('recognises the Sync tab by its two list headings, in English and Norwegian', async () => {
    expect(await screenOf(tab())).toBe('sync-tab');
    expect(await screenOf(tab('Sync-connectorer', 'ERP-koblinger'))).toBe('sync-tab');
    expect(await screenOf(tab('Sync-connectorer', 'ERP-tilkoblinger'))).toBe('sync-tab');
  });

  it('recognises headings broken over lines, spaced oddly or with no-break spaces', async () => {
    expect(await screenOf('<legend>Sync\n    Connectors</legend><div><span>ERP\u00a0 connections</span></div>')).toBe('sync-tab');
  });

  it('recognises titles with a count or an icon beside them, in th, caption, legend, label or role=heading', async () => {
    expect(await screenOf('<h2>Sync Connectors (3)</h2><h2>ERP connections <span class="badge">1</span></h2>')).toBe('sync-tab');
    expect(await screenOf('<table><caption><i class="icon"></i> Sync Connectors</caption></table><table><tr><th>ERP-koblinger (2)</th></tr></table>')).toBe('sync-tab');
    expect(await screenOf('<fieldset><legend>Sync Connectors</legend></fieldset><label>ERP connections</label>')).toBe('sync-tab');
    expect(await screenOf('<span role="heading">Sync Connectors</span><div role="heading" aria-level="3">ERP connections</div>')).toBe('sync-tab');
  });

  it('needs both headings', async () => {
    expect(await screenOf('<h2>Sync Connectors</h2>')).toBe('other-admin-screen');
    expect(await screenOf('<h2>ERP connections</h2>')).toBe('other-admin-screen');
  });

  it('needs them shown: not hidden, invisible or transparent, and not in a script or style', async () => {
    expect(await screenOf(`<div style="display:none">${tab()}</div>`)).toBe('other-admin-screen');
    expect(await screenOf(`<h2>Sync Connectors</h2><h2 style="visibility:hidden">ERP connections</h2>`)).toBe('other-admin-screen');
    expect(await screenOf(`<h2 style="opacity:0">Sync Connectors</h2><h2>ERP connections</h2>`)).toBe('other-admin-screen');
    expect(await screenOf(`<h2 hidden>Sync Connectors</h2><h2>ERP connections</h2>`)).toBe('other-admin-screen');
    expect(await screenOf(`<script>"Sync Connectors"</script><style>/* ERP connections */</style>`)).toBe('other-admin-screen');
  });

  it('wants the headings as whole texts, not as words in prose or parts of other labels', async () => {
    expect(await screenOf('<p>Read about ERP connections and Sync Connectors here</p>')).toBe('other-admin-screen');
    expect(await screenOf('<p>See <b>Sync Connectors</b> and <b>ERP connections</b> in the documentation.</p>')).toBe('other-admin-screen');
    expect(await screenOf('<nav><a href="#c">Sync Connectors</a> <a href="#e">ERP connections</a></nav>')).toBe('other-admin-screen');
    expect(await screenOf('<h2>sync connectors</h2><h2>erp connections</h2>')).toBe('other-admin-screen');
  });

  it('says "other admin screen" on an ordinary admin page', async () => {
    expect(await screenOf('<nav>Users · Lists · Quote/Sync</nav><h2>Users</h2><table><tr><td>Anna</td></tr></table>')).toBe('other-admin-screen');
  });
});
