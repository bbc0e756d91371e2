import { browser } from 'wxt/browser';
import { asListener, route, type Handlers } from '../lib/background/router';
import { injectWizard, openWizardInTab, tabStatus } from '../lib/background/wizard-injection';

export default defineBackground(() => {
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  const version = browser.runtime.getManifest().version;

  const handlers: Handlers = {
    'cs/open-wizard': async (_m, sender) =>
      sender.kind === 'admin-content-script' ? injectWizard(sender.tabId, sender.frameId) : { ok: false, error: { code: 'not-allowed', message: 'Only from a SuperOffice page' } },
    'panel/ping': async () => ({ ok: true, value: { version, receivedAt: Date.now() } }),
    'ui/open-wizard': async (m) => openWizardInTab(m.tabId),
    'ui/tab-status': async (m) => ({ ok: true, value: await tabStatus(m.tabId) }),
  };

  browser.runtime.onMessage.addListener(asListener((raw, sender) => route(raw, sender, self, handlers)));

  // The keyboard shortcut works on any SuperOffice admin page, recognised screen or not.
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'open-wizard') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await openWizardInTab(tab.id);
  });
});
