// The background's side of the plan for a refused agent (issue 18): the connector's actors, their
// fields and lists, at a connector host the consultant granted (the same check as every connector
// call). Cancellable by 'panel/cancel' with the same request id, timed out by the settings.
import { readConnectorPlan } from '../configure/plan-read';
import type { Replies } from '../messages/protocol';
import { options } from './connector-calls';

export async function connectorPlan(requestId: string, url: string): Promise<Replies['panel/connector-plan']> {
  const opts = await options(requestId);
  try {
    return { ok: true, value: await readConnectorPlan(url, opts) };
  } finally {
    opts.done();
  }
}
