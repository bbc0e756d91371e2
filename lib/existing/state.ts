// The existing-connections view's state (signals) and its actions, one per wizard panel. The
// panel shows either the wizard ("set up new") or this view ("check existing").
import { signal } from '@preact/signals';
import type { Plain } from '../crm';
import type { Lang } from '../i18n/lang';
import { checkAll, checkConnection, type BrowserProbe } from './check';
import { loadInventory } from './inventory';
import type { ConnectionResult, ConnectorResult, Inventory } from './model';
import type { ExistingCrm } from './ports';
import { buildReport, type HealthReport } from './report';
import { createEditState } from './edit-state';
import type { EditDraftsPort } from './edit-draft';
import type { LastCheckMemory } from './last-check';

export type PanelMode = 'new' | 'existing';
export type Confirm = { kind: 'connection' | 'connector'; id: number; name: string } | null;

/** Who a connection may be shown to: the CRM's users (by associate id) and user groups, as the wizard read them. */
export interface Directory {
  users: Array<{ id: number; name: string }>;
  groups: Array<{ id: number; name: string }>;
}

/**
 * `drafts`: where an edit is kept as a draft (issue 17); `directory`: for the edit form's visibility;
 * `memory`: where the last check's verdicts are kept between visits (./last-check.ts).
 */
export function createExistingState(crm: ExistingCrm | undefined, probe: BrowserProbe | undefined, tenant: string, lang: () => Lang, now = () => performance.now(), drafts?: EditDraftsPort, directory: () => Directory = () => ({ users: [], groups: [] }), memory?: LastCheckMemory) {
  /** null: the panel shows its choice screen (no way in chosen for this tenant yet). */
  const mode = signal<PanelMode | null>('new');
  const chosenListeners: Array<(m: PanelMode) => void> = [];
  const inventory = signal<Inventory | null>(null);
  const loading = signal(false);
  const error = signal<Plain | null>(null);
  const connections = signal<ReadonlyMap<number, ConnectionResult>>(new Map());
  const connectors = signal<ReadonlyMap<number, ConnectorResult>>(new Map());
  const run = signal<{ startedAt: number; started: string; total: number; done: number; elapsedMs: number; cancelled: boolean; finished: boolean } | null>(null);
  const confirm = signal<Confirm>(null);
  const notice = signal<Plain | null>(null);
  /** When the verdicts shown come from an earlier visit's check (ISO time), else null. */
  const earlier = signal<string | null>(null);
  let controller: AbortController | null = null;
  const UNAVAILABLE = { en: 'This page cannot reach the CRM’s ErpSync agent, so existing connections cannot be listed.', no: 'Denne siden når ikke CRM-ets ErpSync-agent, så eksisterende koblinger kan ikke vises.' };

  async function load() {
    if (!crm) return void (error.value = UNAVAILABLE);
    loading.value = true;
    const r = await loadInventory(crm);
    loading.value = false;
    if (!r.ok) return void (error.value = r.error.message);
    error.value = null;
    inventory.value = r.value;
    if (!run.value && connections.value.size === 0) await recall(r.value);
  }

  /** The last check of an earlier visit, for the rows the CRM still lists. */
  async function recall(inv: Inventory) {
    const last = await memory?.load(tenant);
    if (!last || run.value || connections.value.size) return;
    const ids = new Set(inv.connections.map((c) => c.id));
    const cids = new Set(inv.connectors.map((c) => c.id));
    connections.value = new Map([...last.connections].filter(([id]) => ids.has(id)));
    connectors.value = new Map([...last.connectors].filter(([id]) => cids.has(id)));
    earlier.value = connections.value.size || connectors.value.size ? last.at : null;
  }

  const remember = () => void memory?.save(tenant, { at: new Date().toISOString(), connections: new Map(connections.value), connectors: new Map(connectors.value) });

  function tick() {
    const r = run.value;
    if (r && !r.finished) run.value = { ...r, elapsedMs: now() - r.startedAt };
  }

  async function checkEverything(concurrency?: number) {
    const inv = inventory.value;
    if (!crm || !inv || (run.value && !run.value.finished)) return;
    controller = new AbortController();
    connections.value = new Map();
    connectors.value = new Map();
    earlier.value = null;
    run.value = { startedAt: now(), started: new Date().toISOString(), total: inv.connections.length + inv.connectors.length, done: 0, elapsedMs: 0, cancelled: false, finished: false };
    const timer = setInterval(tick, 250);
    const progress = () => run.value && (run.value = { ...run.value, done: run.value.done + 1, elapsedMs: now() - run.value.startedAt });
    const r = await checkAll(inv, { crm, browser: probe, now }, {
      signal: controller.signal,
      ...(concurrency ? { concurrency } : {}),
      onConnection: (x) => ((connections.value = new Map(connections.value).set(x.id, x)), progress()),
      onConnector: (x) => ((connectors.value = new Map(connectors.value).set(x.id, x)), progress()),
    });
    clearInterval(timer);
    if (run.value) run.value = { ...run.value, cancelled: r.cancelled, finished: true, elapsedMs: now() - run.value.startedAt };
    remember();
  }

  function cancel() {
    controller?.abort();
  }

  async function checkOne(id: number) {
    const inv = inventory.value;
    const row = inv?.connections.find((c) => c.id === id);
    if (!crm || !inv || !row) return;
    const r = await checkConnection(row, inv.connectors.find((c) => c.id === row.connectorId), { crm, browser: probe, now }, new AbortController().signal);
    connections.value = new Map(connections.value).set(id, r);
    remember();
  }

  async function confirmed() {
    const c = confirm.value;
    confirm.value = null;
    if (!crm || !c) return;
    if (c.kind === 'connection') {
      const r = await crm.deleteConnection(c.id);
      notice.value = r.ok ? { en: `Deleted the connection “${c.name}”.`, no: `Slettet koblingen «${c.name}».` } : r.error.message;
    } else {
      const can = await crm.canDeleteConnector(c.id);
      const r = can.ok && can.value === 'NoError' ? await crm.deleteConnector(c.id) : can;
      notice.value = r.ok && (r.value === null || r.value === 'NoError')
        ? { en: `Deleted the Sync Connector “${c.name}”.`, no: `Slettet Sync Connector «${c.name}».` }
        : !r.ok ? r.error.message : { en: `The CRM will not delete “${c.name}”: connections still use it.`, no: `CRM-et sletter ikke «${c.name}»: koblinger bruker den fortsatt.` };
    }
    await load();
  }

  async function toggleActive(id: number) {
    if (!crm) return;
    const r = await crm.toggleConnectionActive(id);
    if (!r.ok) notice.value = r.error.message;
    else if (r.value.length) notice.value = { en: `The CRM said no: ${r.value.join(' ')}`, no: `CRM-et sa nei: ${r.value.join(' ')}` };
    else notice.value = null;
    await load();
  }

  function report(): HealthReport | null {
    const inv = inventory.value;
    const r = run.value;
    if (!inv || !r) return null;
    return buildReport({ tenant, startedAt: r.started, elapsedMs: r.elapsedMs, cancelled: r.cancelled, inventory: inv, connectors: connectors.value, connections: connections.value, lang: lang() });
  }

  /** The consultant's choice of a way in (the choice screen or the compact switch): remembered by the listeners. */
  function choose(m: PanelMode) {
    mode.value = m;
    if (m === 'existing' && !inventory.value && !loading.value) void load();
    for (const f of chosenListeners) f(m);
  }
  const onChosen = (f: (m: PanelMode) => void) => void chosenListeners.push(f);

  const edit = crm ? createEditState(crm, lang, load, drafts) : null;

  return { edit, directory, mode, choose, onChosen, inventory, loading, error, connections, connectors, earlier, run, confirm, notice, load, checkEverything, cancel, checkOne, confirmed, toggleActive, report };
}

export type ExistingState = ReturnType<typeof createExistingState>;
