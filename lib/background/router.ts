// The background's single entry for messages: preflight, then the handler for that type.
import { preflight } from '../messages/preflight';
import type { Replies, ToBackground, ToBackgroundType } from '../messages/protocol';
import type { SelfFacts, SenderClass, SenderFacts } from '../messages/sender';
import type { RefusalCounter } from './refusals';

type Accepted = Exclude<SenderClass, { kind: 'rejected' }>;
export type Handlers = {
  [K in ToBackgroundType]: (msg: Extract<ToBackground, { type: K }>, sender: Accepted) => Promise<Replies[K]>;
};

/** Every refusal is counted by its reason when a counter is given (the options page shows them). */
export async function route(
  raw: unknown,
  facts: SenderFacts,
  self: SelfFacts,
  handlers: Handlers,
  refusals?: Pick<RefusalCounter, 'count'>,
): Promise<Replies[ToBackgroundType]> {
  const checked = preflight(raw, facts, self);
  if (!checked.ok) {
    console.warn('[erp-sync] message refused:', checked.error.code, checked.error.message);
    await refusals?.count(checked.error.code).catch(() => undefined);
    return checked;
  }
  const { message, sender } = checked;
  const handler = handlers[message.type] as (m: ToBackground, s: Accepted) => Promise<Replies[ToBackgroundType]>;
  try {
    return await handler(message, sender);
  } catch (e) {
    // The browser refused something (an API missing on this platform, storage full): say so.
    console.warn('[erp-sync] handler failed:', message.type, e instanceof Error ? e.name : 'error');
    return { ok: false, error: { code: 'internal', message: 'The extension could not complete this. Try again; if it persists, reload the page.' } };
  }
}

/**
 * A runtime.onMessage listener that works whether the browser hands us `sendResponse`
 * (Chrome, Firefox) or expects a returned promise (test fakes).
 */
export function asListener(handle: (raw: unknown, sender: SenderFacts) => Promise<unknown>) {
  return (raw: unknown, sender: SenderFacts, sendResponse?: (r: unknown) => void): true | Promise<unknown> => {
    const reply = handle(raw, sender).catch(() => ({ ok: false, error: { code: 'internal', message: 'The extension could not complete this.' } }));
    if (typeof sendResponse !== 'function') return reply;
    void reply.then(sendResponse);
    return true;
  };
}
