// Messages of the wizard's extension-origin frame (entrypoints/wizard-frame.tsx) and of the content
// script that places it. Named by direction: CS→BG (ticket), FRAME→BG (claim, CRM relay, close),
// BG→CS (relay the CRM call, hide the frame). Every one has a schema.
import * as z from 'zod/mini';
import type { DraftView } from '../drafts';

/** A one-time ticket: issued to the content script after a trusted open, handed to its own frame. */
const Ticket = z.uuid();

export const CsWizardTicket = z.strictObject({ type: z.literal('cs/wizard-ticket') });
export const FrameClaim = z.strictObject({ type: z.literal('frame/claim'), ticket: Ticket });
/** A CRM REST call: only under the tenant's own API (checked by the background and the content script). */
export const CrmCall = {
  url: z.string().check(z.minLength(1), z.maxLength(2047)),
  method: z.enum(['GET', 'POST']),
  body: z.optional(z.string().check(z.maxLength(500_000))),
  lang: z.enum(['en', 'no']),
};
export const FrameCrmFetch = z.strictObject({ type: z.literal('frame/crm-fetch'), ...CrmCall });
export const FrameClose = z.strictObject({ type: z.literal('frame/close') });
/** BG→FRAME: the popup opened this draft in the frame's tab, whose panel is already bound (lib/wizard/popup-draft.ts). */
export const BgOpenDraft = z.strictObject({ type: z.literal('bg/open-draft'), id: z.uuid(), tabs: z.array(z.number().check(z.int())).check(z.maxLength(1)) });
export type BgOpenDraft = z.infer<typeof BgOpenDraft>;

/** The draft id of a well-formed `bg/open-draft` for this tab, else null. */
export function openDraftFor(msg: unknown, tabId: number): string | null {
  const r = BgOpenDraft.safeParse(msg);
  return r.success && r.data.tabs.includes(tabId) ? r.data.id : null;
}
/** "Show it in the list": the content script finds the row on the CRM page by its visible name. */
export const FrameReveal = z.strictObject({ type: z.literal('frame/reveal'), name: z.string().check(z.maxLength(255)) });

/** BG→CS: make this CRM call with the page's session. */
export const BgCrmFetch = z.strictObject({ type: z.literal('bg/crm-fetch'), ...CrmCall });
/** BG→CS: the consultant closed the panel (Escape, ×): hide the frame, focus back to the launcher. */
export const BgFrameClose = z.strictObject({ type: z.literal('bg/frame-close') });
export const BgReveal = z.strictObject({ type: z.literal('bg/reveal'), name: z.string().check(z.maxLength(255)) });

/** What the content script answers for a relayed CRM call (what lib/crm/http.ts reads of a Response). */
export const CrmAnswer = z.strictObject({
  status: z.number().check(z.int()),
  redirected: z.boolean(),
  type: z.string().check(z.maxLength(32)),
  contentType: z.string().check(z.maxLength(255)),
  text: z.string(),
});
export type CrmAnswer = z.infer<typeof CrmAnswer>;
export type CrmCall = z.infer<typeof BgCrmFetch>;

export const FRAME_MESSAGES = {
  'cs/wizard-ticket': CsWizardTicket,
  'frame/claim': FrameClaim,
  'frame/crm-fetch': FrameCrmFetch,
  'frame/close': FrameClose,
  'frame/reveal': FrameReveal,
} as const;

/** The frame's binding, as the background answers a good claim. */
export interface FrameBinding {
  tabId: number;
  tenant: string;
  /** `<tenant>/api/v1/`: the only place the frame's CRM calls may go. */
  apiBase: string;
  /** The draft the frame's first `panel/draft-open` (no id) would get, given with the binding: one round trip less before the panel shows. */
  firstDraft?: DraftView;
  /** Issue 17: the way in the popup asked for this tab (lib/background/open-mode.ts), taken once. */
  openMode?: 'new' | 'existing';
}

export interface FrameReplies {
  'cs/wizard-ticket': { ok: true; value: { ticket: string } } | { ok: false; error: { code: 'not-allowed' | 'internal'; message: string } };
  'frame/claim': { ok: true; value: FrameBinding } | { ok: false; error: { code: 'not-allowed' | 'internal'; message: string } };
  'frame/crm-fetch': { ok: true; value: CrmAnswer } | { ok: false; error: { code: 'not-allowed' | 'invalid-message' | 'internal'; message: string } };
  'frame/close': { ok: true; value: { closed: boolean } } | { ok: false; error: { code: 'not-allowed' | 'internal'; message: string } };
  'frame/reveal': { ok: true; value: { found: boolean } } | { ok: false; error: { code: 'not-allowed' | 'internal'; message: string } };
}
