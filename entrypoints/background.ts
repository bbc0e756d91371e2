import { browser } from 'wxt/browser';
import { asListener, route, type Handlers } from '../lib/background/router';
import type { Reply } from '../lib/messages/protocol';
import { injectLauncherButton, injectWizard, openWizardInTab, tabStatus } from '../lib/background/wizard-injection';
import { hostPattern, isConnectorPermitted, openGrantPage, recordGrants, forgetGrants } from '../lib/background/connector-access';
import { cancel, connectorFields, connectorList, connectorTest } from '../lib/background/connector-calls';
import { connectionProbe } from '../lib/background/connection-probe';
import { connectorPlan } from '../lib/background/connector-plan';
import { createDraftHandlers } from '../lib/background/drafts';
import { createPopupDraftHandlers, takePendingDraft } from '../lib/background/popup-drafts';
import { countingNotPermitted, createRefusalCounter, createRefusalHandlers, refuseExternal, refusePort } from '../lib/background/refusals';
import { createDraftStore, createSessionSecretStore, lockSessionStorage, type DraftView } from '../lib/drafts';
import { onsiteApis } from '../lib/onsite/browser-apis';
import { listInstalls, reconcile } from '../lib/onsite/installs';
import { cachedLocal, cachedSettings } from '../lib/background/local-cache';
import { createFrameHandlers } from '../lib/background/frame-handlers';
import { bindFrame, forgetTab } from '../lib/background/frames';
import { openPanelInTab, takeAskedMode } from '../lib/background/open-mode';

export default defineBackground(() => {
  const version = browser.runtime.getManifest().version;
  const onsite = cachedLocal(() => listInstalls(onsiteApis()));
  // Passwords live only in session storage, which content scripts must not read.
  void lockSessionStorage();
  const store = createDraftStore({ secrets: createSessionSecretStore() });
  const refusals = createRefusalCounter();
  const drafts = createDraftHandlers(store, { pendingFor: takePendingDraft, keepHistory: async () => (await cachedSettings()).keepTestHistory });

  // Injections go into the very frame that asked (the preflight lets only SuperOffice pages ask).
  const intoSenderFrame =
    <T,>(inject: (tabId: number, frameId: number) => Promise<Reply<T>>) =>
    async (_m: unknown, sender: Parameters<Handlers['cs/open-wizard']>[1]): Promise<Reply<T>> =>
      sender.kind === 'admin-content-script' ? inject(sender.tabId, sender.frameId) : { ok: false, error: { code: 'not-allowed', message: 'Only from a SuperOffice page' } };

  const handlers: Handlers = {
    'cs/open-wizard': intoSenderFrame(injectWizard),
    'cs/show-launcher': intoSenderFrame(injectLauncherButton),
    'panel/ping': async () => ({ ok: true, value: { version, receivedAt: Date.now() } }),
    'ui/open-wizard': async (m) => openPanelInTab(m.tabId, m.mode, await onsite()),
    'ui/tab-status': async (m) => ({ ok: true, value: await tabStatus(m.tabId, await onsite()) }),
    'panel/connector-access': async (m) => {
      const pattern = hostPattern(m.url);
      return pattern
        ? { ok: true, value: { host: new URL(m.url).host, granted: await isConnectorPermitted(m.url) } }
        : { ok: false, error: { code: 'invalid-message', message: 'Not an http(s) connector address' } };
    },
    'panel/request-connector-access': async (m) => ({ ok: true, value: { opened: await openGrantPage(m.url) } }),
    ...countingNotPermitted(refusals, {
      'panel/connector-fields': (m) => connectorFields(m.requestId, m.url, m.contract),
      'panel/connector-test': (m) => connectorTest(m.requestId, m.url, m.connectionInfo, m.contract),
      'panel/connector-list': (m) => connectorList(m.requestId, m.loadId, m.listName),
    }),
    'panel/cancel': async (m) => cancel(m.requestId),
    'panel/connection-probe': (m) => connectionProbe(m.requestId, m.url, m.connectionGuid),
    'panel/connector-plan': (m) => connectorPlan(m.requestId, m.url),
    ...drafts,
    ...createPopupDraftHandlers(store, onsite),
    ...createRefusalHandlers(refusals),
    ...createFrameHandlers({ firstDraft: (frame) => drafts['panel/draft-open']({ type: 'panel/draft-open' }, frame) as Promise<{ ok: boolean; draft?: DraftView }>, openMode: takeAskedMode }),
  };

  // Onsite installs' admin pages count as SuperOffice pages: the list is read for each message,
  // so a worker woken up after an install was added knows it.
  const self = async () => ({ id: browser.runtime.id, baseUrl: browser.runtime.getURL('/'), onsite: await onsite() });
  browser.runtime.onMessage.addListener(asListener(async (raw, sender) => route(raw, sender, await self(), handlers, refusals, bindFrame)));
  // Other extensions (and, were it ever declared, web pages) are never heard: refused unread and
  // counted. No part of the extension uses ports, so any port is closed at once.
  browser.runtime.onMessageExternal?.addListener(asListener(refuseExternal(refusals)));
  browser.runtime.onConnectExternal?.addListener(refusePort(refusals, 'unknown-sender'));
  browser.runtime.onConnect?.addListener(refusePort(refusals, 'not-allowed'));

  // Keep a dated list of granted connector hosts for the options page; a host revoked in the
  // browser's own settings also takes its onsite launcher away.
  browser.permissions.onAdded.addListener((p) => void recordGrants(p.origins ?? []));
  browser.permissions.onRemoved.addListener((p) => {
    void forgetGrants(p.origins ?? []);
    void reconcile(onsiteApis());
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // After an update or a browser restart, the onsite launchers are registered again.
  browser.runtime.onInstalled.addListener(() => void reconcile(onsiteApis()));
  browser.runtime.onStartup.addListener(() => void reconcile(onsiteApis()));

  // The keyboard shortcut works on any SuperOffice admin page, recognised screen or not.
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'open-wizard') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await openWizardInTab(tab.id, await onsite());
  });
});
