// A Chromium with the extension whose profile outlives the browser: close it and start it again on
// the same profile, as a consultant does overnight. IndexedDB stays; storage.session does not.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Worker } from 'playwright-core';
import { chromiumArgs, type ExtensionBrowser } from './browser';
import { findChromium, INSTALL_HINT } from './chromium';

export interface RestartableBrowser {
  current(): ExtensionBrowser;
  /** Closes the browser (the profile is kept) and starts it again on the same profile. */
  restart(): Promise<ExtensionBrowser>;
  /** Closes the browser and removes the profile. */
  dispose(): Promise<void>;
}

export async function launchRestartable(crmPort: number, extensionDir: string): Promise<RestartableBrowser> {
  const found = findChromium();
  if (!found) throw new Error(INSTALL_HINT);
  const executablePath: string = found;
  const profile = mkdtempSync(join(tmpdir(), 'erp-sync-e2e-restart-'));
  async function start(): Promise<ExtensionBrowser> {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      ignoreDefaultArgs: ['--disable-extensions'],
      ignoreHTTPSErrors: true,
      viewport: { width: 1280, height: 800 },
      args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...chromiumArgs(crmPort)],
    });
    context.setDefaultTimeout(20_000);
    const ours = (w: Worker) => new URL(w.url()).pathname === '/background.js';
    const worker = context.serviceWorkers().find(ours) ?? (await context.waitForEvent('serviceworker', { predicate: ours, timeout: 15_000 }));
    return { context, worker, extensionId: new URL(worker.url()).host, close: () => context.close() };
  }
  let browser = await start();
  return {
    current: () => browser,
    async restart() {
      await browser.close();
      browser = await start();
      return browser;
    },
    async dispose() {
      await browser.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
