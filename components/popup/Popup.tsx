// The toolbar popup: what the current tab is, and a way to open the wizard on any
// SuperOffice admin page even when the Sync tab was not recognised.
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { htmlLang } from '../../lib/i18n/format';
import { uiLang } from '../../lib/i18n/ui-lang';
import { UI_TEXTS } from '../../lib/i18n/ui-texts';
import type { TabStatus } from '../../lib/messages/protocol';
import { ask } from '../../lib/messages/send';
import { Drafts, createDraftsState } from './Drafts';
import { popupTexts } from './texts';

const lang = uiLang();
const t = UI_TEXTS[lang];
const p = popupTexts(lang);

export function createPopupState() {
  const tabId = signal<number | null>(null);
  const status = signal<TabStatus | null>(null);
  const error = signal('');
  const drafts = createDraftsState(t);
  async function load() {
    void drafts.load();
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    tabId.value = tab.id;
    const reply = await ask({ type: 'ui/tab-status', tabId: tab.id });
    status.value = reply.ok ? reply.value : { superOffice: false, tenant: null, screen: null };
  }
  /** `mode`: the wizard ('new') or the existing connections ('existing'), issue 17. */
  async function openWizard(mode: 'new' | 'existing' = 'new') {
    if (tabId.value === null) return;
    const reply = await ask({ type: 'ui/open-wizard', tabId: tabId.value, mode });
    if (reply.ok) window.close();
    else error.value = t.openFailed(reply.error.message);
  }
  return { tabId, status, error, drafts, load, openWizard };
}

export function Popup({ state }: { state: ReturnType<typeof createPopupState> }) {
  const s = state.status.value;
  const line = !s
    ? t.checking
    : !s.superOffice
      ? t.notSuperOffice
      : s.screen === 'sync-tab'
        ? t.syncTab(s.tenant ?? '')
        : s.screen === 'other-admin-screen'
          ? t.otherScreen(s.tenant ?? '')
          : t.unknownScreen(s.tenant ?? '');
  return (
    <main lang={htmlLang(lang)}>
      <h1>{t.popupTitle}</h1>
      <p role="status" data-testid="tab-status">
        {line}
      </p>
      {s && (!s.superOffice || s.screen !== 'sync-tab') && <p class="hint">{t.howToGetThere}</p>}
      <div class="ways">
        <button type="button" disabled={!s?.superOffice} onClick={() => void state.openWizard('new')}>
          {t.openWizard}
        </button>
        <button type="button" disabled={!s?.superOffice} onClick={() => void state.openWizard('existing')}>
          {p.checkExisting}
        </button>
      </div>
      {state.error.value && (
        <p role="alert" class="error">
          {state.error}
        </p>
      )}
      <Drafts state={state.drafts} t={t} tabId={state.tabId.value} tabTenant={s?.tenant ?? null} lang={lang} />
    </main>
  );
}
