// Panel messages for the bench, sent from where the panel lives: its extension-origin frame,
// opened by a click on the launcher and bound by the background (lib/background/frames.ts). The
// background refuses them from the content script since the panel moved into the frame.
import type { Page } from 'playwright-core';

export interface FrameWorld {
  evalInFrame<T>(expression: string): Promise<T>;
}

export async function openFrameWorld(page: Page, extensionId: string, url: string): Promise<FrameWorld> {
  await page.goto(url);
  await page.locator('so-erp-sync-launcher button').click();
  await page.frameLocator('so-erp-sync-wizard iframe').locator('[role="dialog"]').waitFor();
  const frame = page.frames().find((f) => f.url().startsWith(`chrome-extension://${extensionId}/wizard-frame.html`));
  if (!frame) throw new Error('The wizard frame did not open');
  return { evalInFrame: <T>(expression: string) => frame.evaluate(expression) as Promise<T> };
}
