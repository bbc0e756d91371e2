// The real browser behind the onsite bookkeeping.
import { browser } from 'wxt/browser';
import type { OnsiteApis } from './installs';

export const onsiteApis = (): OnsiteApis => ({
  storage: browser.storage.local as unknown as OnsiteApis['storage'],
  permissions: browser.permissions as unknown as OnsiteApis['permissions'],
  scripting: browser.scripting as unknown as OnsiteApis['scripting'],
  // Firefox's match patterns cannot name a port (its bug 1362809); Chrome's can.
  portsInPatterns: import.meta.env.BROWSER !== 'firefox',
});
