// The background's side of "test the connector": the panel asks, the background calls, and only
// a host the consultant granted. Each call can be cancelled by the panel and times out on its own.
import { fieldsWithContract, testWithContract, type ClientOptions, type ContractOverride } from '../protocol';
import type { ConnectorFields, Replies } from '../messages/protocol';
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

export async function connectorFields(requestId: string, url: string, override?: ContractOverride): Promise<Replies['panel/connector-fields']> {
  const opts = await options(requestId);
  try {
    // The contract: entered, cached, read from the connector's WSDL, or learned (lib/protocol/contract-calls.ts).
    const value: ConnectorFields = await fieldsWithContract(url, { ...opts, override, store: contractCache });
    return { ok: true, value };
  } finally {
    opts.done();
  }
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
