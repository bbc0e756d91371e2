// The background's side of the health check's browser test: a saved connection, by its GUID, at a
// connector host the consultant granted (the panel cannot choose any other). Cancellable by
// 'panel/cancel' with the same request id, timed out by the settings' test timeout.
import { probeSavedConnection } from '../existing/probe';
import type { Replies } from '../messages/protocol';
import { options } from './connector-calls';

export async function connectionProbe(requestId: string, url: string, guid: string): Promise<Replies['panel/connection-probe']> {
  const opts = await options(requestId);
  try {
    return { ok: true, value: await probeSavedConnection(url, guid, opts) };
  } finally {
    opts.done();
  }
}
