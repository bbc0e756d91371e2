// npm start: build the extension, start the local SuperOffice stand-in, and show the wizard on
// its Sync tab: in a Chromium window when there is a display, else as a scripted headless tour
// that saves screenshots.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { adminUrl, BUILD_DIR, launchWithExtension, SO_HOST } from '../tests/e2e/browser';
import { findChromium, INSTALL_HINT } from '../tests/e2e/chromium';
import { startStandinProcess } from '../tests/e2e/standin-process';

const SHOTS = resolve('artifacts/screenshots');

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  if (!findChromium()) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  if (spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
  const standin = await startStandinProcess(['--crm-port', flag('--crm-port') ?? '0', '--connector-port', flag('--connector-port') ?? '0']);
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.argv.includes('--headless');
  const browser = await launchWithExtension(standin.crmPort, BUILD_DIR, !hasDisplay);
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(adminUrl('Cust12345', '#quote-sync/sync'));
  console.log(`\nThe stand-in's Sync tab, as Chromium sees it: https://${SO_HOST}/Cust12345/admin/default.aspx#quote-sync/sync`);
  console.log(`(served locally at ${standin.adminUrl}; reference connectors: ${Object.values(standin.connectors).join(', ')})`);
  const stop = async () => {
    await browser.close().catch(() => undefined);
    await standin.stop();
  };
  if (hasDisplay) {
    console.log('\nChromium is open with the extension. Click “ERP Sync setup” at the bottom right. Close the window or press Ctrl+C to stop.');
    browser.context.on('close', () => void standin.stop().then(() => process.exit(0)));
    process.on('SIGINT', () => void stop().then(() => process.exit(0)));
    return;
  }
  mkdirSync(SHOTS, { recursive: true });
  const launcher = page.locator('so-erp-sync-launcher button');
  await launcher.waitFor({ timeout: 15_000 });
  await page.screenshot({ path: `${SHOTS}/1-sync-tab-with-launcher.png` });
  await launcher.click();
  await page.locator('so-erp-sync-wizard .bg-status[data-state="ok"]').waitFor({ timeout: 15_000 });
  await page.screenshot({ path: `${SHOTS}/2-wizard-open.png` });
  await page.goto(adminUrl('Cust12345', '#quote-sync/sync', 'no'));
  await launcher.click();
  await page.locator('so-erp-sync-wizard .bg-status[data-state="ok"]').waitFor({ timeout: 15_000 });
  await page.screenshot({ path: `${SHOTS}/3-wizard-norwegian.png` });
  await stop();
  console.log(`\nNo display here, so this was a headless tour. Screenshots:\n  ${SHOTS}/1-sync-tab-with-launcher.png\n  ${SHOTS}/2-wizard-open.png\n  ${SHOTS}/3-wizard-norwegian.png`);
  console.log(`\nTo try it in your own Chrome or Edge: open chrome://extensions, turn on Developer mode, choose “Load unpacked” and pick\n  ${BUILD_DIR}`);
  console.log('Then start the stand-in with `npm run standin -- --https --crm-port 8443` and open its admin page.');
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
