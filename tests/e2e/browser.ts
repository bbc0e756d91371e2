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

/**
 * Debian's Chromium, headless unless asked, with a fresh profile (removed on close), SuperOffice's
 * hostnames mapped to the stand-in and `extraArgs`. With no extension loaded unless the args load one.
 */
export async function launchProfile(crmPort: number, extraArgs: string[] = [], headless = true, withExtensions = false): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const profile = mkdtempSync(join(tmpdir(), 'erp-sync-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    ...(withExtensions ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    args: [...extraArgs, ...chromiumArgs(crmPort)],
  });
  // A step that waits says which one it was, well before the test's own timeout would hide it.
  context.setDefaultTimeout(20_000);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** `extraExtensions`: more unpacked extensions loaded beside ours (their worker must not be `/background.js`). */
export async function launchWithExtension(crmPort: number, extensionDir = BUILD_DIR, headless = true, extraExtensions: string[] = []): Promise<ExtensionBrowser> {
  const dirs = [extensionDir, ...extraExtensions].join(',');
  const { context, close } = await launchProfile(crmPort, [`--disable-extensions-except=${dirs}`, `--load-extension=${dirs}`], headless, true);
  const ours = (w: Worker) => new URL(w.url()).pathname === '/background.js';
  const worker = context.serviceWorkers().find(ours) ?? (await context.waitForEvent('serviceworker', { predicate: ours, timeout: 15_000 }));
  return { context, worker, extensionId: new URL(worker.url()).host, close };
}

export function adminUrl(custId = 'Cust12345', hash = '', lang?: 'no', host = SO_HOST): string {
  return `https://${host}/${custId}/admin/default.aspx${lang ? `?lang=${lang}` : ''}${hash}`;
}
