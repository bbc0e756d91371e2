// Loads on every Settings and maintenance page, so it does almost nothing: it watches for the
// Sync tab, shows one button there, and asks the background to bring in the wizard on click.
// A plain script listed in the manifest (wxt.config.ts), not a WXT content script: WXT's context
// object and the extension APIs touched at start-up cost more main-thread time on every admin page
// than the watcher itself (measured by npm run bench). The APIs are reached on click only.
import { pageLang } from '../lib/i18n/lang';
import { mountLauncher } from '../lib/page/launcher-button';
import { currentScreen, SCREEN_PROBE, watchScreen } from '../lib/page/sync-tab';

type Messaging = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
// Firefox's `browser`, else Chrome's `chrome`. Checked by its runtime id: an element with
// id="browser" on the page also shows up as `browser` in this world.
const extension = (): Messaging => {
  const g = globalThis as { browser?: Messaging & { runtime: { id?: string } }; chrome?: Messaging };
  return g.browser?.runtime?.id ? g.browser : (g.chrome as Messaging);
};

export default defineUnlistedScript(() => {
  let unmount: (() => void) | null = null;
  const open = async () => {
    const reply: unknown = await extension().runtime.sendMessage({ type: 'cs/open-wizard' });
    return (reply as { ok?: unknown } | undefined)?.ok === true;
  };
  // The popup asks, through the background, what this page shows: the background runs a probe in
  // this (isolated) world. No runtime.onMessage listener on every admin page: nothing to spoof.
  (globalThis as Record<symbol, unknown>)[Symbol.for(SCREEN_PROBE)] = currentScreen;
  watchScreen((screen) => {
    if (screen === 'sync-tab' && !unmount) unmount = mountLauncher(pageLang(), open);
    else if (screen !== 'sync-tab' && unmount) {
      unmount();
      unmount = null;
    }
  });
});
