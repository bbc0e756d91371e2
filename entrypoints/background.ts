import { browser } from 'wxt/browser';
import { asListener, route, type Handlers } from '../lib/background/router';
import { injectWizard, openWizardInTab, tabStatus } from '../lib/background/wizard-injection';
import { hostPattern, isConnectorPermitted, openGrantPage, recordGrants, forgetGrants } from '../lib/background/connector-access';
import { cancel, connectorFields, connectorTest } from '../lib/background/connector-calls';
import { createDraftHandlers } from '../lib/background/drafts';
import { createDraftStore, createSessionSecretStore, lockSessionStorage } from '../lib/drafts';

export default defineBackground(() => {
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  const version = browser.runtime.getManifest().version;
  // Passwords live only in session storage, which content scripts must not read.
  void lockSessionStorage();
  const drafts = createDraftHandlers(createDraftStore({ secrets: createSessionSecretStore() }));

  const handlers: Handlers = {
    'cs/open-wizard': async (_m, sender) =>
      sender.kind === 'admin-content-script' ? injectWizard(sender.tabId, sender.frameId) : { ok: false, error: { code: 'not-allowed', message: 'Only from a SuperOffice page' } },
    'panel/ping': async () => ({ ok: true, value: { version, receivedAt: Date.now() } }),
    'ui/open-wizard': async (m) => openWizardInTab(m.tabId),
    'ui/tab-status': async (m) => ({ ok: true, value: await tabStatus(m.tabId) }),
    'panel/connector-access': async (m) => {
      const pattern = hostPattern(m.url);
      return pattern
        ? { ok: true, value: { host: new URL(m.url).host, granted: await isConnectorPermitted(m.url) } }
        : { ok: false, error: { code: 'invalid-message', message: 'Not an http(s) connector address' } };
    },
    'panel/request-connector-access': async (m) => ({ ok: true, value: { opened: await openGrantPage(m.url) } }),
    'panel/connector-fields': (m) => connectorFields(m.requestId, m.url),
    'panel/connector-test': (m) => connectorTest(m.requestId, m.url, m.connectionInfo),
    'panel/cancel': async (m) => cancel(m.requestId),
    ...drafts,
  };

  browser.runtime.onMessage.addListener(asListener((raw, sender) => route(raw, sender, self, handlers)));

  // Keep a dated list of granted connector hosts for the options page.
  browser.permissions.onAdded.addListener((p) => void recordGrants(p.origins ?? []));
  browser.permissions.onRemoved.addListener((p) => void forgetGrants(p.origins ?? []));

  // The keyboard shortcut works on any SuperOffice admin page, recognised screen or not.
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'open-wizard') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await openWizardInTab(tab.id);
  });
});
