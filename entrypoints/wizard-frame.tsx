// The wizard panel, in the extension's own origin: placed in the CRM page as a frame by the
// content script (lib/page/wizard-frame.ts). The page cannot read this document, type or forge
// events into it, or move focus inside it. It talks only to the background, which bound it to its
// tab and tenant when it claimed its ticket; the CRM's REST calls go through the content script.
import { effect } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { guardFrameCover } from '../components/wizard/frame-cover';
import { guardFrameFocus } from '../components/wizard/frame-focus';
import { Panel } from '../components/wizard/Panel';
import css from '../components/wizard/panel.css?inline';
import { setConfigureCrmOptions } from '../lib/configure/port';
import { createCrmClient } from '../lib/crm/agent';
import { toLang, type Lang } from '../lib/i18n/lang';
import { ask } from '../lib/messages/send';
import { chosenLang, loadSettings } from '../lib/settings';
import { createActions } from '../lib/wizard/actions';
import { backgroundPort } from '../lib/wizard/background-port';
import { crmPortFrom } from '../lib/wizard/crm-port';
import { createDraftSync } from '../lib/wizard/draft-sync';
import { draftsPort, withFirstOpen } from '../lib/wizard/drafts-port';
import { relayedFetch } from '../lib/wizard/frame-crm-fetch';
import { waitForBinding } from '../lib/wizard/frame-ticket';
import { createWizardState } from '../lib/wizard/model';
import { openDraftFor, switchToDraft } from '../lib/wizard/popup-draft';
import type { FrameBinding } from '../lib/messages/frame-protocol';
import { prepareExisting, tenantKey } from '../lib/existing/for-panel';
import { rememberedChoice } from '../lib/existing/mode-memory';
import { initialMode } from '../lib/existing/open-mode';

/** Marked once the panel is interactive (read by scripts/bench/open-wizard.ts). */
const INTERACTIVE_MARK = 'erp-sync-wizard-interactive';
// Frame-wide look: the panel's styles, the page's margins off.
const FRAME_CSS = 'html, body { margin: 0; height: 100%; background: #ffffff; }'
  + ' .cover-note { margin: 0; padding: 8px 12px; background: #fdecea; color: #8a1c12; border-bottom: 1px solid #d93025; font: 14px/1.4 system-ui, sans-serif; }';
const COVER_NOTE = {
  en: 'The page is covering this panel or making it see-through, so its buttons do not take mouse clicks. Close anything over it, or use the keyboard.',
  no: 'Siden dekker dette panelet eller gjør det gjennomsiktig, så knappene tar ikke imot museklikk. Lukk det som ligger over, eller bruk tastaturet.',
} as const;

export default defineUnlistedScript(() => {
  const style = document.createElement('style');
  style.textContent = FRAME_CSS + css;
  document.head.append(style);
  void main(bound());
});

// Listening before anything is awaited: the content script posts the ticket on the frame's load.
const bound = () => waitForBinding(async (ticket) => {
  // A ticket came (the consultant's open, most likely): the preloaded frame's "open it from its
  // button" note, shown once it had waited long enough, goes before the frame is seen; back if refused.
  const app = document.getElementById('app');
  const note = app?.textContent ?? '';
  if (app) app.textContent = '';
  const r = await ask({ type: 'frame/claim', ticket });
  if (!r.ok && app && note) app.textContent = note;
  return r.ok ? r.value : null;
});

async function main(bound: Promise<FrameBinding | null>) {
  const app = document.getElementById('app') as HTMLElement;
  const lang = chosenLang(await loadSettings(), toLang(new URLSearchParams(location.search).get('lang')) ?? 'en');
  document.documentElement.lang = lang === 'no' ? 'nb' : 'en';
  // Not (yet) placed by our content script on the consultant's open: nothing served; it says so.
  const waiting = setTimeout(() => (app.textContent = lang === 'no' ? 'Åpne veiviseren fra knappen i SuperOffice.' : 'Open the wizard from its button in SuperOffice.'), 8000);
  const binding = await bound;
  clearTimeout(waiting);
  app.textContent = '';
  if (!binding) return;

  const state = createWizardState(lang);
  const crm = crmPortFrom(createCrmClient({ apiBase: binding.apiBase, xsrfToken: null, lang, fetch: relayedFetch(lang) }));
  // The configuration steps after OK reach the CRM the same way: relayed through the content script.
  setConfigureCrmOptions((l) => ({ apiBase: binding.apiBase, xsrfToken: null, lang: l, fetch: relayedFetch(l) }));
  const actions = createActions(state, { crm, bg: backgroundPort });
  // Escape and × hide the frame; the content script puts focus back on the launcher.
  const close = () => void ask({ type: 'frame/close' });
  // An edit of an existing connection (issue 17) is not the wizard's draft: the wizard resumes its own.
  const editDraft = binding.firstDraft?.edit ? binding.firstDraft : undefined;
  const sync = createDraftSync(state, withFirstOpen(draftsPort, editDraft ? undefined : binding.firstDraft));
  guardFrameFocus(document, '#erp-panel-title');
  guardCover(lang);
  // The draft first (it came with the binding), then the panel: it opens at the step the consultant left, without a flash of step 1.
  // With it, the way in (issue 17): the popup's ask, the tenant's remembered choice, or the choice screen.
  const [remembered] = await Promise.all([rememberedChoice(tenantKey(binding.tenant)), sync.open()]);
  const ex = prepareExisting(state, actions.existingCrm, binding.tenant, initialMode({ asked: binding.openMode, draft: editDraft ?? binding.firstDraft, remembered }), draftsPort);
  if (binding.openMode) ex.choose(binding.openMode);
  // An edit draft opened from the popup: the existing view's edit form, resumed (never the wizard's draft).
  if (editDraft?.edit) void ex.edit?.open(editDraft.edit.erpConnectionId);
  render(<Panel state={state} actions={actions} sync={sync} onClose={close} tenant={binding.tenant} />, app);
  // For npm run bench: the panel is drawn and its title focused (the layout effect ran in render).
  performance.mark(INTERACTIVE_MARK);
  // Nothing typed is lost when the tab is hidden, reloaded or closed.
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && void Promise.all([sync.flush(), ex.edit?.flush()]));
  window.addEventListener('pagehide', () => void Promise.all([sync.flush(), ex.edit?.flush()]));
  // BG→frame messages: only our own background (this extension, no tab) is listened to.
  type Sender = { id?: string; tab?: unknown };
  const fromBackground = (sender: Sender) => sender.id === browser.runtime.id && !sender.tab;
  // Another tab saved a draft: only our own background may say so, and only for this tab.
  browser.runtime.onMessage.addListener((msg: unknown, sender: Sender) => {
    const m = msg as { type?: unknown; id?: unknown; revision?: unknown; tabs?: unknown } | null;
    if (!fromBackground(sender) || m?.type !== 'bg/draft-changed') return;
    if (typeof m.id !== 'string' || typeof m.revision !== 'number' || !Array.isArray(m.tabs) || !m.tabs.includes(binding.tabId)) return;
    void sync.otherTabSaved(m.id, m.revision);
  });
  // The popup opened a draft in this tab, whose panel is already bound: switch to it here.
  browser.runtime.onMessage.addListener((msg: unknown, sender: Sender, reply: (r: unknown) => void) => {
    const id = fromBackground(sender) ? openDraftFor(msg, binding.tabId) : null;
    if (!id) return;
    const read = async (x: string) => {
      const r = await draftsPort.open(x);
      return r.ok ? r.draft : null;
    };
    void switchToDraft(id, { read, openInWizard: (x) => sync.open(x), openEdit: async (c) => void (await ex.edit?.open(c)), choose: ex.choose }).then((taken) => reply({ taken }));
    return true;
  });
  // The popup asked this tab's panel, already open or hidden, for a way in (lib/background/open-mode.ts).
  browser.runtime.onMessage.addListener((msg: unknown, sender: Sender, reply: (r: unknown) => void) => {
    const m = msg as { type?: unknown; mode?: unknown; tabs?: unknown } | null;
    if (!fromBackground(sender) || m?.type !== 'bg/panel-mode' || (m.mode !== 'new' && m.mode !== 'existing')) return;
    if (!Array.isArray(m.tabs) || !m.tabs.includes(binding.tabId)) return;
    ex.choose(m.mode);
    reply({ taken: true });
  });
  // Each test and the final OK go into the draft's history, with the values and address each test
  // ran with; a CRM URL check only says "reachable", so it stays out of the history.
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
    if (!e.isTrusted) return;
    if (state.fieldsStatus.value.state === 'needs-access') void actions.loadFields();
    else if (state.access.value && !state.access.value.granted) void actions.refreshAccess();
  });
  void actions.checkBackground();
  void actions.loadCrm();
}

/** Mouse clicks held back while the page covers the panel (components/wizard/frame-cover.ts), said once they are. */
function guardCover(lang: Lang) {
  const note = document.createElement('p');
  note.className = 'cover-note';
  note.setAttribute('role', 'alert');
  note.dataset.testid = 'cover-note';
  guardFrameCover(document, (covered, blocked) => {
    if (!covered) return note.remove();
    if (!blocked || note.isConnected) return;
    note.textContent = COVER_NOTE[lang];
    document.body.prepend(note);
  });
}
