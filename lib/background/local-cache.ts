// A storage.local read kept in the worker's memory until local storage changes. Without it every
// message waited for a storage read or two (onsite installs, settings): most of the connector
// test's overhead over a direct call (npm run bench). A worker restart starts empty, as it should.
import { browser } from 'wxt/browser';
import { loadSettings } from '../settings';

export function cachedLocal<T>(read: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | null = null;
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'local') value = null;
  });
  return () => {
    if (!value) {
      const p = read();
      value = p;
      // A failed read is not kept: the next message reads again.
      p.catch(() => {
        if (value === p) value = null;
      });
    }
    return value;
  };
}

/** The consultant's settings, one cache for the whole worker. */
export const cachedSettings = cachedLocal(loadSettings);
