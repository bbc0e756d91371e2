// The launcher's button, injected by the background when the watcher (entrypoints/launcher.ts)
// sees the Sync tab; the watcher takes it away again through LAUNCHER_UNMOUNT. Injected twice
// (two quick screen changes), it shows one button. With the button comes the wizard's frame,
// preloaded hidden and unbound (lib/page/wizard-frame.ts): the consultant's click then only binds
// and shows it. Only here, on the Sync tab: other admin pages never load it.
import { browser } from 'wxt/browser';
import { pageLang } from '../lib/i18n/lang';
import { LAUNCHER_UNMOUNT, mountLauncher } from '../lib/page/launcher-button';
import { FRAME_KEY, placeFrame, type PlacedFrame } from '../lib/page/wizard-frame';

export default defineUnlistedScript(() => {
  const g = globalThis as Record<symbol, unknown>;
  const key = Symbol.for(LAUNCHER_UNMOUNT);
  if (g[key]) return;
  const open = async () => {
    const reply: unknown = await browser.runtime.sendMessage({ type: 'cs/open-wizard' });
    return (reply as { ok?: unknown } | undefined)?.ok === true;
  };
  const unmount = mountLauncher(() => pageLang(), open);
  if (!g[FRAME_KEY]) g[FRAME_KEY] = placeFrame(browser.runtime.getURL('/wizard-frame.html'), pageLang());
  g[key] = () => {
    unmount();
    // Off the Sync tab: a frame never opened goes too; an opened wizard stays where the consultant left it.
    const frame = g[FRAME_KEY] as PlacedFrame | 'placing' | undefined;
    if (frame && frame !== 'placing' && frame.preloaded) {
      frame.element.remove();
      delete g[FRAME_KEY];
    }
    delete g[key];
  };
});
