// Every incoming message: classify the sender → check the type is allowed for that kind of
// sender → validate the body against its schema. Only then does a handler see it.
import * as z from 'zod/mini';
import { TO_BACKGROUND, type ToBackground, type ToBackgroundType, type ErrorCode } from './protocol';
import { classifySender, type SelfFacts, type SenderClass, type SenderFacts } from './sender';

type Kind = Exclude<SenderClass['kind'], 'rejected'>;

/** Which kind of sender may send which message. */
export const ALLOWED: Record<ToBackgroundType, readonly Kind[]> = {
  'cs/open-wizard': ['admin-content-script'],
  'panel/ping': ['admin-content-script', 'extension-page'],
  'ui/open-wizard': ['extension-page'],
  'ui/tab-status': ['extension-page'],
};

export type Preflight =
  | { ok: true; message: ToBackground; sender: Exclude<SenderClass, { kind: 'rejected' }> }
  | { ok: false; error: { code: ErrorCode; message: string } };

export function preflight(raw: unknown, facts: SenderFacts, self: SelfFacts): Preflight {
  const sender = classifySender(facts, self);
  if (sender.kind === 'rejected') return { ok: false, error: { code: 'unknown-sender', message: `Sender refused: ${sender.reason}` } };
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !Object.hasOwn(TO_BACKGROUND, type)) {
    return { ok: false, error: { code: 'invalid-message', message: 'Unknown message type' } };
  }
  const t = type as ToBackgroundType;
  if (!ALLOWED[t].includes(sender.kind)) {
    return { ok: false, error: { code: 'not-allowed', message: `${t} is not allowed from ${sender.kind}` } };
  }
  const parsed = z.safeParse(TO_BACKGROUND[t], raw);
  if (!parsed.success) return { ok: false, error: { code: 'invalid-message', message: `Malformed ${t}` } };
  return { ok: true, message: parsed.data as ToBackground, sender };
}
