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
  bind?: (frame: Extract<Accepted, { kind: 'wizard-frame' }>) => Promise<Accepted | null>,
): Promise<Replies[ToBackgroundType]> {
  const checked = preflight(raw, facts, self);
  if (!checked.ok) {
    console.warn('[erp-sync] message refused:', checked.error.code, checked.error.message);
    await refusals?.count(checked.error.code).catch(() => undefined);
    return checked;
  }
  const { message } = checked;
  let sender: Accepted | null = checked.sender;
  // A wizard frame speaks only once bound to its tab and tenant (lib/background/frames.ts); the
  // claim that binds it is the one message an unbound frame may send.
  if (sender.kind === 'wizard-frame' && message.type !== 'frame/claim') {
    sender = bind ? await bind(sender) : null;
    if (!sender) {
      await refusals?.count('not-allowed').catch(() => undefined);
      return { ok: false, error: { code: 'not-allowed', message: 'This wizard frame was not opened by the extension' } };
    }
  }
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
