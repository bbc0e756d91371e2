// The same Chromium, flags and host mapping as the extension's, with no extension: the baseline
// that "what the extension costs a page" is measured against, in the same run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { FOREIGN_HOST, SO_HOST } from '../../tests/e2e/browser';
import { findChromium, INSTALL_HINT } from '../../tests/e2e/chromium';

export async function launchPlain(crmPort: number): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const profile = mkdtempSync(join(tmpdir(), 'erp-sync-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--host-resolver-rules=MAP ${SO_HOST} 127.0.0.1:${crmPort}, MAP ${FOREIGN_HOST} 127.0.0.1:${crmPort}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
