// Runs in Chromium (bundled by scripts/bench/forms.ts): the real wizard panel with N configuration
// fields, fake ports, and Preact's render hook counting component renders per keystroke. Also
// times the protocol client reading a large WSGetConfigData answer from memory.
import { render } from 'preact';
import { Panel } from '../../../components/wizard/Panel';
import css from '../../../components/wizard/panel.css?inline';
import { getConfigData, type ConfigField } from '../../../lib/protocol';
import { createActions } from '../../../lib/wizard/actions';
import { createDraftSync } from '../../../lib/wizard/draft-sync';
import type { DraftsPort } from '../../../lib/wizard/drafts-port';
import { createWizardState } from '../../../lib/wizard/model';
import type { WizardBackground, WizardCrm } from '../../../lib/wizard/ports';
import { countRenders } from './render-count';

const URL_ = 'http://127.0.0.1:9/bench/ErpConnectorWS.svc';
const ok = <T,>(value: T) => ({ ok: true as const, value });
const counter = countRenders();

const view = { id: 'd1', name: 'Bench', revision: 1, step: 2, connector: { mode: 'new', name: 'Bench', url: URL_ }, connection: { name: 'Bench', description: '', visibility: { all: true }, values: {} }, secretKeys: [], secretsMissing: [] };
const drafts = {
  list: async () => ({ ok: true, drafts: [] }),
  open: async () => ({ ok: true, draft: view }),
  save: async () => ({ ok: true, draft: view }),
} as unknown as DraftsPort;

async function fieldsOf(xml: string): Promise<ConfigField[]> {
  const r = await getConfigData(URL_, { fetch: async () => new Response(xml, { headers: { 'content-type': 'text/xml; charset=utf-8' } }) });
  if (r.kind !== 'ok') throw new Error(`bench answer not read: ${r.kind}`);
  return r.value.fields;
}

function mount(list: ConfigField[]) {
  const state = createWizardState('en');
  const crm = { connectors: async () => ok([]), connections: async () => ok([]), users: async () => ok({ users: [], complete: true }), groups: async () => ok([]) } as unknown as WizardCrm;
  const bg = { ping: async () => ok({ version: 'bench' }) } as unknown as WizardBackground;
  const actions = createActions(state, { crm, bg });
  state.step.value = 2;
  state.connector.value = { mode: 'new', name: 'Bench', url: URL_ };
  state.name.value = 'Bench';
  state.fields.value = { source: 'browser', forUrl: URL_, list, items: {} };
  state.fieldsStatus.value = { state: 'loaded' };
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const root = document.createElement('div');
  shadow.append(style, root);
  document.body.append(host);
  return { state, actions, host, shadow, root, sync: createDraftSync(state, drafts, 10_000) };
}

const settle = () => new Promise<void>((r) => setTimeout(() => requestAnimationFrame(() => setTimeout(r, 0)), 0));

Object.assign(globalThis, {
  bench: {
    /** Milliseconds to render the panel with these fields, layout included. */
    async render(xml: string): Promise<{ ms: number; fields: number }> {
      const list = await fieldsOf(xml);
      const m = mount(list);
      const t0 = performance.now();
      render(<Panel state={m.state} actions={m.actions} sync={m.sync} onClose={() => undefined} />, m.root);
      m.host.getBoundingClientRect();
      void m.root.offsetHeight;
      const ms = performance.now() - t0;
      const fields = m.shadow.querySelectorAll('.config [data-field], .config .field-label').length;
      render(null, m.root);
      m.host.remove();
      return { ms, fields };
    },
    /** One keystroke in the middle field of the form: components rendered, and ms until the last commit. */
    async keystroke(xml: string): Promise<{ renders: number; ms: number; fields: number }> {
      const m = mount(await fieldsOf(xml));
      render(<Panel state={m.state} actions={m.actions} sync={m.sync} onClose={() => undefined} />, m.root);
      await settle();
      const inputs = [...m.shadow.querySelectorAll<HTMLInputElement>('[data-field] input[type="text"]')];
      const input = inputs[Math.floor(inputs.length / 2)] as HTMLInputElement;
      const t0 = counter.start();
      input.value += 'x';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await settle();
      // Work done: from the keystroke to the last commit it caused (not the wait after it).
      const result = { ...counter.since(t0), fields: m.shadow.querySelectorAll('[data-field]').length };
      render(null, m.root);
      m.host.remove();
      return result;
    },
    /** Milliseconds for the protocol client to read and decode an answer (from memory, no network). */
    async parse(xml: string): Promise<{ ms: number; fields: number }> {
      const t0 = performance.now();
      const list = await fieldsOf(xml);
      return { ms: performance.now() - t0, fields: list.length };
    },
  },
});
