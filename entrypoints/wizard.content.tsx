// Injected by the background only when a consultant opens the wizard (never on page load).
// Injecting again into the same page reopens the panel instead of mounting a second one.
import { render } from 'preact';
import { Panel } from '../components/wizard/Panel';
import css from '../components/wizard/panel.css?inline';
import { pageLang } from '../lib/i18n/lang';
import { chosenLang, loadSettings } from '../lib/settings';
import { createActions } from '../lib/wizard/actions';
import { backgroundPort } from '../lib/wizard/background-port';
import { crmPortForPage } from '../lib/wizard/crm-port';
import { createWizardState, type WizardState } from '../lib/wizard/model';

export const PANEL_TAG = 'so-erp-sync-wizard';
const KEY = Symbol.for('so-erp-sync-wizard');

type Global = typeof globalThis & { [KEY]?: WizardState };

function focusLauncher() {
  document.querySelector('so-erp-sync-launcher')?.shadowRoot?.querySelector('button')?.focus();
}

export default defineContentScript({
  registration: 'runtime',
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
    const style = document.createElement('style');
    style.textContent = css;
    const mount = document.createElement('div');
    shadow.append(style, mount);
    document.body.append(host);
    const close = () => {
      state.open.value = false;
      focusLauncher();
    };
    render(<Panel state={state} actions={actions} onClose={close} />, mount);
    // Coming back from the permission window: the host may have been granted meanwhile.
    window.addEventListener('focus', () => {
      if (state.fieldsStatus.value.state === 'needs-access') void actions.loadFields();
      else if (state.access.value && !state.access.value.granted) void actions.refreshAccess();
    });
    void actions.checkBackground();
    void actions.loadCrm();
  },
});
