// Injected by the background only when a consultant opens the wizard (never on page load).
// Injecting again into the same page reopens the panel instead of mounting a second one.
import { render } from 'preact';
import { pageLang } from '../lib/i18n/lang';
import { chosenLang, loadSettings } from '../lib/settings';
import { createWizardState, type WizardState } from '../lib/wizard/model';
import { Panel } from '../components/wizard/Panel';
import css from '../components/wizard/panel.css?inline';

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
    if (existing) {
      existing.open.value = true;
      return;
    }
    const state = createWizardState(chosenLang(await loadSettings(), pageLang()));
    if (g[KEY]) return void (g[KEY].open.value = true); // injected twice while loading
    g[KEY] = state;
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
    render(<Panel state={state} onClose={close} />, mount);
    void state.checkBackground();
  },
});
