// Loads on every Settings and maintenance page, so it does almost nothing: it watches for the
// Sync tab and, once it shows, asks the background for the button (entrypoints/launcher-button.ts).
// A plain script listed in the manifest (wxt.config.ts), not a WXT content script, with no extension
// API touched until the Sync tab shows: on every other admin page, WXT's context object, the API
// bindings and the button's own code would cost more main-thread time than the watcher (npm run bench).
import { LAUNCHER_UNMOUNT } from '../lib/page/launcher-button';
import { currentScreen, SCREEN_PROBE, watchScreen } from '../lib/page/sync-tab';

type Messaging = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
// Firefox's `browser`, else Chrome's `chrome`. Checked by its runtime id: an element with
// id="browser" on the page also shows up as `browser` in this world.
const extension = (): Messaging => {
  const g = globalThis as { browser?: Messaging & { runtime: { id?: string } }; chrome?: Messaging };
  return g.browser?.runtime?.id ? g.browser : (g.chrome as Messaging);
};

export default defineUnlistedScript(() => {
  const g = globalThis as Record<symbol, unknown>;
  // The popup asks, through the background, what this page shows: the background runs a probe in
  // this (isolated) world. No runtime.onMessage listener on every admin page: nothing to spoof.
  g[Symbol.for(SCREEN_PROBE)] = currentScreen;
  watchScreen((screen) => {
    if (screen === 'sync-tab') extension().runtime.sendMessage({ type: 'cs/show-launcher' }).catch(() => undefined);
    else (g[Symbol.for(LAUNCHER_UNMOUNT)] as (() => void) | undefined)?.();
  });
});
