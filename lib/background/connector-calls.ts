// The background's side of "test the connector": the panel asks, the background calls, and only
// a host the consultant granted. Each call can be cancelled by the panel and times out on its own.
// A field load (the fields, then each list the panel shows) shares one time and byte budget
// (lib/protocol/field-load.ts); lists are asked for one at a time, against the load's own URL.
import { fieldsWithContract, listWithContract, testWithContract, type ClientOptions, type ConnectorContract, type ContractOverride, type FieldLoad } from '../protocol';
import type { Replies } from '../messages/protocol';
import { isConnectorPermitted } from './connector-access';
import { cachedSettings } from './local-cache';
import { contractCache } from './contract-cache';

const running = new Map<string, AbortController>();

/** Options for one cancellable connector call (shared with connection-probe.ts). */
export async function options(requestId: string): Promise<ClientOptions & { done: () => void }> {
  running.get(requestId)?.abort();
  const controller = new AbortController();
  running.set(requestId, controller);
  const { testTimeoutSeconds } = await cachedSettings();
  return {
    signal: controller.signal,
    timeoutMs: testTimeoutSeconds * 1000,
    isPermitted: isConnectorPermitted,
    done: () => {
      if (running.get(requestId) === controller) running.delete(requestId);
    },
  };
}

interface Load {
  url: string;
  budget: FieldLoad;
  /** The contract the fields were read with: the lists are asked for with it. */
  contract: ConnectorContract;
  /** The load's calls, one after another: their times add up to what the budget says. */
  queue: Promise<unknown>;
  listNames: ReadonlySet<string>;
}
/** Few at a time: a new field load of the same panel replaces nothing, but the oldest go first. */
const MAX_LOADS = 8;
const loads = new Map<string, Load>();

export async function connectorFields(requestId: string, url: string, override?: ContractOverride): Promise<Replies['panel/connector-fields']> {
  const opts = await options(requestId);
  try {
    // The contract: entered, cached, read from the connector's WSDL, or learned (lib/protocol/contract-calls.ts).
    // No list up front: the panel asks for each when its field is shown (connectorList).
    const got = await fieldsWithContract(url, { ...opts, override, store: contractCache, lists: false });
    let loadId: string | null = null;
    if (got.fields.kind === 'ok') {
      const listNames = new Set(got.fields.value.fields.flatMap((f) => (f.FieldType === 'List' && f.ListName ? [f.ListName] : [])));
      if (listNames.size > 0) {
        loadId = crypto.randomUUID();
        loads.set(loadId, { url, budget: got.load, contract: got.contract, queue: Promise.resolve(), listNames });
        for (const old of loads.keys()) if (loads.size > MAX_LOADS) loads.delete(old);
      }
    }
    return { ok: true, value: { fields: got.fields, loadId, contract: got.contract } };
  } finally {
    opts.done();
  }
}

/** One list of a field load, when the panel shows its field: only a ListName the fields named. */
export async function connectorList(requestId: string, loadId: string, listName: string): Promise<Replies['panel/connector-list']> {
  const load = loads.get(loadId);
  if (!load || !load.listNames.has(listName)) {
    return { ok: false, error: { code: 'not-allowed', message: 'Not a list of the fields loaded; load the fields again' } };
  }
  const run = load.queue.then(async () => {
    const opts = await options(requestId);
    try {
      return await listWithContract(load.budget, load.url, listName, load.contract, opts);
    } finally {
      opts.done();
    }
  });
  load.queue = run.catch(() => undefined);
  return { ok: true, value: { list: await run } };
}

export async function connectorTest(requestId: string, url: string, connectionInfo: Record<string, string>, override?: ContractOverride): Promise<Replies['panel/connector-test']> {
  const opts = await options(requestId);
  try {
    const { outcome, contract } = await testWithContract(url, connectionInfo, { ...opts, override, store: contractCache });
    return { ok: true, value: { ...outcome, contract } };
  } finally {
    opts.done();
  }
}

export function cancel(requestId: string): Replies['panel/cancel'] {
  const controller = running.get(requestId);
  controller?.abort();
  running.delete(requestId);
  return { ok: true, value: { cancelled: Boolean(controller) } };
}
