// Waiting for a tab the background just opened to finish loading. A local or cached page can
// finish before the listener is added (the worker awaits storage in between), and twice in full
// e2e runs a loaded tab's "complete" never reached the listener: the tab's own status is asked
// too, at once and then every 250 ms, or the wait could run to its limit and the wizard come late.
import { browser } from 'wxt/browser';

/** True once the tab has loaded; false when it is closed first or `timeoutMs` passes. */
export function whenTabLoaded(tabId: number, timeoutMs = 25_000, pollMs = 250): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (loaded: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(poll);
      browser.tabs.onUpdated.removeListener(updated);
      browser.tabs.onRemoved.removeListener(removed);
      resolve(loaded);
    };
    const updated = (id: number, info: { status?: string }) => {
      if (id === tabId && info.status === 'complete') finish(true);
    };
    const removed = (id: number) => {
      if (id === tabId) finish(false);
    };
    const ask = () =>
      browser.tabs.get(tabId).then(
        (tab) => {
          if (!tab) finish(false);
          else if (tab.status === 'complete') finish(true);
        },
        () => finish(false),
      );
    // Below Chrome's 30 s limit for a worker's work, so the wait never outlives the worker silently.
    const timer = setTimeout(() => finish(false), timeoutMs);
    const poll = setInterval(ask, pollMs);
    browser.tabs.onUpdated.addListener(updated);
    browser.tabs.onRemoved.addListener(removed);
    void ask();
  });
}
