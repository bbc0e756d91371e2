// DevTools-protocol helpers: see which extension scripts a page really parsed, and run code in
// the extension's content-script world (to send messages exactly as a content script would).
import type { CDPSession, Page } from 'playwright-core';

export interface PageProbe {
  scripts: string[];
  evalInContentScript<T>(expression: string): Promise<T>;
}

export async function probe(page: Page, extensionId: string): Promise<PageProbe> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const scripts: string[] = [];
  const worlds: { id: number; origin: string }[] = [];
  cdp.on('Debugger.scriptParsed', (e: { url: string }) => {
    if (e.url.startsWith(`chrome-extension://${extensionId}/`)) scripts.push(e.url.slice(`chrome-extension://${extensionId}`.length));
  });
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string; auxData?: { type?: string } } }) => {
    if (e.context.auxData?.type === 'isolated') worlds.push({ id: e.context.id, origin: e.context.origin });
  });
  await cdp.send('Debugger.enable');
  await cdp.send('Runtime.enable');
  return {
    scripts,
    async evalInContentScript<T>(expression: string): Promise<T> {
      const world = [...worlds].reverse().find((w) => w.origin.includes(extensionId) || w.origin === '');
      if (!world) throw new Error('No content-script world in this page');
      const r = (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true })) as {
        result: { value: T };
        exceptionDetails?: { text: string };
      };
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
      return r.result.value;
    },
  };
}
