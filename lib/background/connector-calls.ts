// The background's side of "test the connector": the panel asks, the background calls, and only
// a host the consultant granted. Each call can be cancelled by the panel and times out on its own.
import { getConfigData, getList, testConfigData, type ClientOptions } from '../protocol';
import type { ConnectorFields, Replies } from '../messages/protocol';
import { isConnectorPermitted } from './connector-access';
import { cachedSettings } from './local-cache';

const running = new Map<string, AbortController>();

async function options(requestId: string): Promise<ClientOptions & { done: () => void }> {
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

export async function connectorFields(requestId: string, url: string): Promise<Replies['panel/connector-fields']> {
  const opts = await options(requestId);
  try {
    const fields = await getConfigData(url, opts);
    const lists: ConnectorFields['lists'] = {};
    if (fields.kind === 'ok') {
      const names = new Set(fields.value.fields.filter((f) => f.FieldType === 'List' && f.ListName).map((f) => f.ListName as string));
      for (const name of names) lists[name] = await getList(url, name, opts);
    }
    return { ok: true, value: { fields, lists } };
  } finally {
    opts.done();
  }
}

export async function connectorTest(requestId: string, url: string, connectionInfo: Record<string, string>): Promise<Replies['panel/connector-test']> {
  const opts = await options(requestId);
  try {
    return { ok: true, value: await testConfigData(url, connectionInfo, opts) };
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
