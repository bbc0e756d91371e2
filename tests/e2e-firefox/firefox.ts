// Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi (no browser download), with
// the MV2 test build installed as a temporary add-on. SuperOffice's hostname reaches the local
// stand-in through the harness's CONNECT proxy (tests/e2e-firefox/proxy.ts); loopback goes direct.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startProxy, type TestProxy } from './proxy';

export const SO_HOST = 'online.superoffice.com';
const OUT = process.env.ERP_SYNC_OUT ?? '.output';
/** The Firefox test build: ERP_SYNC_TEST_BUILD=1 npx wxt build -b firefox. */
export const FIREFOX_TEST_BUILD = resolve(import.meta.dirname, '../..', `${OUT}-test`, 'firefox-mv2');
const GECKO_ID = 'erp-sync-wizard@superoffice-consultants.example';
const CANDIDATES = process.env.FIREFOX_PATH ? [process.env.FIREFOX_PATH] : ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'];
export const FIREFOX_HINT = "Firefox was not found. Install Debian's Firefox ESR (as root): apt-get update && apt-get install -y firefox-esr — or set FIREFOX_PATH.";

export const findFirefox = (): string | undefined => CANDIDATES.find((p) => existsSync(p));

export interface FirefoxWithExtension {
  browser: Browser;
  /** moz-extension://<uuid> of our add-on (the uuid is fixed by a pref before install). */
  base: string;
  proxy: TestProxy;
  close(): Promise<void>;
}

export async function launchFirefox(crmPort: number, extensionDir = FIREFOX_TEST_BUILD): Promise<FirefoxWithExtension> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(FIREFOX_HINT);
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No Firefox build at ${extensionDir}: run ERP_SYNC_TEST_BUILD=1 npx wxt build -b firefox`);
  const proxy = await startProxy({ [`${SO_HOST}:443`]: crmPort });
  const uuid = randomUUID();
  const profile = mkdtempSync(join(tmpdir(), 'erp-sync-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: profile,
    protocolTimeout: 60_000,
    // Lets WebDriver BiDi navigate a tab to our moz-extension:// pages (popup, options); test profile only.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Everything through the test proxy (which refuses all but SuperOffice's hostname); loopback
      // (the connector) never through it.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.share_proxy_settings': false,
      'network.proxy.allow_hijacking_localhost': false,
      'network.proxy.no_proxies_on': '',
      'network.dns.disableIPv6': true,
      // Our add-on's address is known before it is installed.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Nothing else leaves the machine.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.update.enabled': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (e) {
    await browser.close();
    throw e;
  }
  return {
    browser,
    base: `moz-extension://${uuid}`,
    proxy,
    close: async () => {
      await browser.close().catch(() => undefined);
      await proxy.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function adminUrl(custId = 'Cust12345', hash = '', lang?: 'no'): string {
  return `https://${SO_HOST}/${custId}/admin/default.aspx${lang ? `?lang=${lang}` : ''}${hash}`;
}

/**
 * Open one of our pages (popup.html, options.html) in `page`. Firefox moves the tab into the
 * extension's process, where BiDi's navigation never reports a load: wait for the page itself.
 */
export async function openExtensionPage(page: import('puppeteer-core').Page, base: string, path: string): Promise<void> {
  const url = `${base}/${path}`;
  await page.goto(url, { timeout: 3_000 }).catch(() => undefined);
  const end = Date.now() + 15_000;
  while ((await page.evaluate(() => `${location.href}|${document.readyState}`).catch(() => '')) !== `${url}|complete`) {
    if (Date.now() > end) throw new Error(`${url} did not load`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
