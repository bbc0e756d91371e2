// The launcher's button, injected by the background when the watcher (entrypoints/launcher.ts)
// sees the Sync tab; the watcher takes it away again through LAUNCHER_UNMOUNT. Injected twice
// (two quick screen changes), it shows one button.
import { browser } from 'wxt/browser';
import { pageLang } from '../lib/i18n/lang';
import { LAUNCHER_UNMOUNT, mountLauncher } from '../lib/page/launcher-button';

export default defineUnlistedScript(() => {
  const g = globalThis as Record<symbol, unknown>;
  const key = Symbol.for(LAUNCHER_UNMOUNT);
  if (g[key]) return;
  const open = async () => {
    const reply: unknown = await browser.runtime.sendMessage({ type: 'cs/open-wizard' });
    return (reply as { ok?: unknown } | undefined)?.ok === true;
  };
  const unmount = mountLauncher(() => pageLang(), open);
  g[key] = () => {
    unmount();
    delete g[key];
  };
});
