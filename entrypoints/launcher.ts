// Loads on every Settings and maintenance page, so it does almost nothing: it watches for the
// Sync tab, shows one button there, and asks the background to bring in the wizard on click.
import { browser } from 'wxt/browser';
import { ADMIN_PAGE_MATCHES } from '../lib/hosts';
import { pageLang } from '../lib/i18n/lang';
import { mountLauncher } from '../lib/page/launcher-button';
import { currentScreen, watchScreen } from '../lib/page/sync-tab';

export default defineContentScript({
  matches: ADMIN_PAGE_MATCHES,
  runAt: 'document_idle',
  main() {
    let unmount: (() => void) | null = null;
    const open = async () => {
      const reply: unknown = await browser.runtime.sendMessage({ type: 'cs/open-wizard' });
      return (reply as { ok?: unknown } | undefined)?.ok === true;
    };
    watchScreen((screen) => {
      if (screen === 'sync-tab' && !unmount) unmount = mountLauncher(pageLang(), open);
      else if (screen !== 'sync-tab' && unmount) {
        unmount();
        unmount = null;
      }
    });
    // The popup asks, through the background, what this page shows. Only our own extension may ask.
    browser.runtime.onMessage.addListener((msg: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
      if (sender.id !== browser.runtime.id || (msg as { type?: unknown } | null)?.type !== 'bg/query-screen') return;
      sendResponse({ screen: currentScreen() });
    });
  },
});
