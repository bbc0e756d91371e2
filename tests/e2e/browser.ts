// Real headless Chromium with the built extension loaded. SuperOffice's hostnames resolve to the
// local stand-in (HTTPS with a certificate made at start), so the production match patterns are
// what gets tested. One more hostname plays "a site that is not SuperOffice".
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { findChromium, INSTALL_HINT } from './chromium';

export const SO_HOST = 'online.superoffice.com';
export const FOREIGN_HOST = 'crm.customer.example';
const OUT = process.env.ERP_SYNC_OUT ?? '.output';
export const BUILD_DIR = resolve(import.meta.dirname, '../..', OUT, 'chrome-mv3');
/** The production build plus one pre-granted loopback connector host (see wxt.config.ts). */
export const TEST_BUILD_DIR = resolve(import.meta.dirname, '../..', `${OUT}-test`, 'chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** SuperOffice's hostnames (and the foreign one) resolve to the stand-in; nothing else leaves loopback. */
export function chromiumArgs(crmPort: number): string[] {
  return [
    `--host-resolver-rules=MAP ${SO_HOST} 127.0.0.1:${crmPort}, MAP ${FOREIGN_HOST} 127.0.0.1:${crmPort}`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/** `extraExtensions`: more unpacked extensions loaded beside ours (their worker must not be `/background.js`). */
export async function launchWithExtension(crmPort: number, extensionDir = BUILD_DIR, headless = true, extraExtensions: string[] = []): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const profile = mkdtempSync(join(tmpdir(), 'erp-sync-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    ignoreDefaultArgs: ['--disable-extensions'],
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${[extensionDir, ...extraExtensions].join(',')}`,
      `--load-extension=${[extensionDir, ...extraExtensions].join(',')}`,
      ...chromiumArgs(crmPort),
    ],
  });
  // A step that waits says which one it was, well before the test's own timeout would hide it.
  context.setDefaultTimeout(20_000);
  const ours = (w: Worker) => new URL(w.url()).pathname === '/background.js';
  const worker = context.serviceWorkers().find(ours) ?? (await context.waitForEvent('serviceworker', { predicate: ours, timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function adminUrl(custId = 'Cust12345', hash = '', lang?: 'no', host = SO_HOST): string {
  return `https://${host}/${custId}/admin/default.aspx${lang ? `?lang=${lang}` : ''}${hash}`;
}
