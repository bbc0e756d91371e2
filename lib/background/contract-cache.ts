// The contract found for each connector, kept for the browser session: in the worker's memory,
// and in storage.session (memory only, closed to content scripts) so a worker restart does not
// read the WSDL again. A test against a known connector then makes no metadata request.
import { browser } from 'wxt/browser';
import type { ConnectorContract, ContractStore } from '../protocol';

const PREFIX = 'connector-contract:';
const MAX_ENTRIES = 200;

export function createContractCache(area: () => { get(k: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void>; remove(k: string): Promise<void> } = () => browser.storage.session): ContractStore {
  const memory = new Map<string, ConnectorContract>();
  return {
    async get(key) {
      const hit = memory.get(key);
      if (hit) return hit;
      const stored = (await area().get(PREFIX + key))[PREFIX + key];
      const c = isContract(stored) ? stored : undefined;
      if (c) memory.set(key, c);
      return c;
    },
    async set(key, contract) {
      if (memory.size >= MAX_ENTRIES && !memory.has(key)) memory.delete(memory.keys().next().value as string);
      memory.set(key, contract);
      await area().set({ [PREFIX + key]: contract });
    },
    async drop(key) {
      memory.delete(key);
      await area().remove(PREFIX + key);
    },
  };
}

/** What storage.session hands back is checked before use: only the shape this module wrote. */
function isContract(v: unknown): v is ConnectorContract {
  if (!v || typeof v !== 'object') return false;
  const c = v as Record<string, unknown>;
  const source = (s: unknown) => s === 'wsdl' || s === 'learned' || s === 'entered' || s === 'default';
  return typeof c.namespace === 'string' && typeof c.memberNamespace === 'string' && source(c.namespaceSource) && source(c.memberSource);
}

/** One cache for the whole worker. */
export const contractCache = createContractCache();
