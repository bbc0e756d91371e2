// Every incoming message: classify the sender → check its size → check the type is allowed for
// that kind of sender → validate the body against its schema. Only then does a handler see it.
import * as z from 'zod/mini';
import { TO_BACKGROUND, type RefusalKind, type ToBackground, type ToBackgroundType } from './protocol';
import { MAX_MESSAGE_SIZE, messageSize } from './size';
import { classifySender, type SelfFacts, type SenderClass, type SenderFacts } from './sender';

type Kind = Exclude<SenderClass['kind'], 'rejected'>;

/** Which kind of sender may send which message. */
export const ALLOWED: Record<ToBackgroundType, readonly Kind[]> = {
  'cs/open-wizard': ['admin-content-script'],
  'cs/show-launcher': ['admin-content-script'],
  'panel/ping': ['wizard-frame', 'extension-page'],
  'ui/open-wizard': ['extension-page'],
  'ui/tab-status': ['extension-page'],
  'panel/connector-access': ['wizard-frame'],
  'panel/request-connector-access': ['wizard-frame'],
  'panel/connector-fields': ['wizard-frame'],
  'panel/connector-test': ['wizard-frame'],
  'panel/cancel': ['wizard-frame'],
  'panel/connector-list': ['wizard-frame'],
  'panel/connector-plan': ['wizard-frame'],
  'panel/drafts-list': ['wizard-frame'],
  'panel/draft-open': ['wizard-frame'],
  'panel/draft-save': ['wizard-frame'],
  'panel/draft-rename': ['wizard-frame'],
  'panel/draft-duplicate': ['wizard-frame'],
  'panel/draft-remove': ['wizard-frame'],
  'panel/draft-undo': ['wizard-frame'],
  'panel/draft-export': ['wizard-frame'],
  'panel/draft-import': ['wizard-frame'],
  'panel/draft-tested': ['wizard-frame'],
  'panel/draft-applied': ['wizard-frame'],
  'panel/draft-history': ['wizard-frame'],
  'ui/drafts-all': ['extension-page'],
  'ui/open-draft': ['extension-page'],
  'ui/draft-export': ['extension-page'],
  'ui/draft-import': ['extension-page'],
  'ui/refusals': ['extension-page'],
  // The wizard's frame: the content script asks for a ticket, the frame claims it, then talks.
  'cs/wizard-ticket': ['admin-content-script'],
  'frame/claim': ['wizard-frame'],
  'frame/crm-fetch': ['wizard-frame'],
  'frame/close': ['wizard-frame'],
  'frame/reveal': ['wizard-frame'],
  'panel/connection-probe': ['wizard-frame'],
};

export type Preflight =
  | { ok: true; message: ToBackground; sender: Exclude<SenderClass, { kind: 'rejected' }> }
  | { ok: false; error: { code: PreflightRefusal; message: string } };
/** The preflight's reasons to refuse (a connector host never granted is decided later). */
export type PreflightRefusal = Exclude<RefusalKind, 'not-permitted'>;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Keys that could pollute prototypes, anywhere in the message (checked before any parsing). */
function hasForbiddenKeys(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (depth > 8) return true;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key) || hasForbiddenKeys((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

export function preflight(raw: unknown, facts: SenderFacts, self: SelfFacts): Preflight {
  const sender = classifySender(facts, self);
  if (sender.kind === 'rejected') return { ok: false, error: { code: 'unknown-sender', message: `Sender refused: ${sender.reason}` } };
  if (messageSize(raw) > MAX_MESSAGE_SIZE) return { ok: false, error: { code: 'oversized', message: `Message larger than ${MAX_MESSAGE_SIZE} characters` } };
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !Object.hasOwn(TO_BACKGROUND, type)) {
    return { ok: false, error: { code: 'invalid-message', message: 'Unknown message type' } };
  }
  const t = type as ToBackgroundType;
  if (!ALLOWED[t].includes(sender.kind)) {
    return { ok: false, error: { code: 'not-allowed', message: `${t} is not allowed from ${sender.kind}` } };
  }
  if (hasForbiddenKeys(raw)) return { ok: false, error: { code: 'invalid-message', message: `Malformed ${t}` } };
  const parsed = z.safeParse(TO_BACKGROUND[t], raw);
  if (!parsed.success) return { ok: false, error: { code: 'invalid-message', message: `Malformed ${t}` } };
  return { ok: true, message: parsed.data as ToBackground, sender };
}
