// Waiting for a tab the background just opened to finish loading. A local or cached page can
// finish before the listener is added (the worker awaits storage in between): the tab's own
// status is checked too, or the wait would never end and the wizard never come.
import { browser } from 'wxt/browser';

/** True once the tab has loaded; false when it is closed first or `timeoutMs` passes. */
export function whenTabLoaded(tabId: number, timeoutMs = 25_000): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (loaded: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
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
    // Below Chrome's 30 s limit for a worker's work, so the listener never outlives the worker silently.
    const timer = setTimeout(() => finish(false), timeoutMs);
    browser.tabs.onUpdated.addListener(updated);
    browser.tabs.onRemoved.addListener(removed);
    browser.tabs.get(tabId).then(
      (tab) => {
        if (!tab) finish(false);
        else if (tab.status === 'complete') finish(true);
      },
      () => finish(false),
    );
  });
}
