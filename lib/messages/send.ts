// Typed requests to the background. A missing or malformed answer becomes an error reply,
// so callers only ever handle Reply<T>.
import { browser } from 'wxt/browser';
import type { Replies, ToBackground } from './protocol';

export async function ask<M extends ToBackground>(message: M): Promise<Replies[M['type']]> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(message);
    if (typeof reply === 'object' && reply !== null && typeof (reply as { ok?: unknown }).ok === 'boolean') {
      return reply as Replies[M['type']];
    }
    return { ok: false, error: { code: 'invalid-message', message: 'No answer from the extension' } } as Replies[M['type']];
  } catch (e) {
    return { ok: false, error: { code: 'invalid-message', message: e instanceof Error ? e.message : String(e) } } as Replies[M['type']];
  }
}
