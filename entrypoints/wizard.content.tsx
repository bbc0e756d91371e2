// Injected by the background only when a consultant opens the wizard (never on page load).
// Injecting again into the same page reopens the panel instead of mounting a second one.
import { effect } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Panel } from '../components/wizard/Panel';
import css from '../components/wizard/panel.css?inline';
import { pageLang } from '../lib/i18n/lang';
import { acceptTrustedOnly } from '../lib/page/trusted-only';
import { chosenLang, loadSettings } from '../lib/settings';
import { createActions } from '../lib/wizard/actions';
import { backgroundPort } from '../lib/wizard/background-port';
import { crmPortForPage } from '../lib/wizard/crm-port';
import { createDraftSync } from '../lib/wizard/draft-sync';
import { draftsPort } from '../lib/wizard/drafts-port';
import { createWizardState, type WizardState } from '../lib/wizard/model';

export const PANEL_TAG = 'so-erp-sync-wizard';
const KEY = Symbol.for('so-erp-sync-wizard');

type Global = typeof globalThis & { [KEY]?: WizardState };

function focusLauncher() {
  document.querySelector('so-erp-sync-launcher')?.shadowRoot?.querySelector('button')?.focus();
}

export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  async main() {
    const g = globalThis as Global;
    const existing = g[KEY];
    if (existing) return void (existing.open.value = true);
    const lang = chosenLang(await loadSettings(), pageLang());
    const raced = g[KEY] as WizardState | undefined; // injected twice while loading
    if (raced) return void (raced.open.value = true);
    const state = createWizardState(lang);
    g[KEY] = state;
    const actions = createActions(state, { crm: crmPortForPage(document, lang), bg: backgroundPort });
    const host = document.createElement(PANEL_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    acceptTrustedOnly(shadow); // a page script's button.click() does nothing
    const style = document.createElement('style');
    style.textContent = css;
    const mount = document.createElement('div');
    shadow.append(style, mount);
    document.body.append(host);
    const close = () => {
      state.open.value = false;
      focusLauncher();
    };
    const sync = createDraftSync(state, draftsPort);
    // The draft first, then the panel: it opens at the step the consultant left, without a flash of step 1.
    await sync.open();
    render(<Panel state={state} actions={actions} sync={sync} onClose={close} />, mount);
    // Nothing typed is lost when the tab is hidden, reloaded or closed.
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && void sync.flush());
    window.addEventListener('pagehide', () => void sync.flush());
    // Another tab saved a draft: only our own extension may say so.
    browser.runtime.onMessage.addListener((msg: unknown, sender: { id?: string }) => {
      const m = msg as { type?: unknown; id?: unknown; revision?: unknown } | null;
      if (sender.id !== browser.runtime.id || m?.type !== 'bg/draft-changed' || typeof m.id !== 'string' || typeof m.revision !== 'number') return;
      void sync.otherTabSaved(m.id, m.revision);
    });
    // Each test and the final OK go into the draft's history.
    // With the values and address each test ran with; a CRM URL check only says "reachable", so
    // it is not a test of the configuration and stays out of the history.
    effect(() => {
      const b = state.browserTest.value;
      if (b?.tested) void sync.record((id) => draftsPort.tested(id, { where: 'browser', outcome: b.outcome.kind, ok: b.outcome.kind === 'ok', connectorUrl: b.tested?.url, values: b.tested?.values }));
    });
    effect(() => {
      const c = state.crmTest.value;
      if (c?.tested && c.kind === 'config') void sync.record((id) => draftsPort.tested(id, { where: 'crm', outcome: c.result.ok ? (c.result.value ? 'passed' : 'failed') : c.result.error.kind, ok: c.result.ok && c.result.value, connectorUrl: c.tested?.url, values: c.tested?.values }));
    });
    effect(() => {
      const a = state.applyStatus.value;
      if (a.state === 'done') void sync.record((id) => draftsPort.applied(id, { at: Date.now(), ...a.applied }));
    });
    // Coming back from the permission window: the host may have been granted meanwhile.
    window.addEventListener('focus', (e) => {
      if (!e.isTrusted) return; // a page script's focus event asks nothing of the background
      if (state.fieldsStatus.value.state === 'needs-access') void actions.loadFields();
      else if (state.access.value && !state.access.value.granted) void actions.refreshAccess();
    });
    void actions.checkBackground();
    void actions.loadCrm();
  },
});
