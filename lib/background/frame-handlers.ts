// The wizard frame's messages: the content script's ticket, the frame's claim, the CRM calls the
// frame asks the content script to make (through here: a frame cannot reach a content script
// itself, and the background checks each call goes to the frame's own tenant's API), and close.
import * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { CrmAnswer } from '../messages/frame-protocol';
import type { DraftView } from '../drafts';
import { apiBaseOf, bindFrame, claimTicket, issueTicket } from './frames';
import type { Handlers } from './router';

type FrameHandlers = Pick<Handlers, 'cs/wizard-ticket' | 'frame/claim' | 'frame/crm-fetch' | 'frame/close' | 'frame/reveal'>;
const notAllowed = (message: string) => ({ ok: false as const, error: { code: 'not-allowed' as const, message } });

/** Under the tenant's REST API: same origin, path below `<tenant>/api/v1/` once dot segments are resolved. */
export function underApi(url: string, tenant: string): boolean {
  let u: URL;
  let base: URL;
  try {
    u = new URL(url);
    base = new URL(apiBaseOf(tenant));
  } catch {
    return false;
  }
  return u.origin === base.origin && !u.username && !u.password && u.pathname.toLowerCase().startsWith(base.pathname.toLowerCase());
}

const Relayed = z.union([z.strictObject({ ok: z.literal(true), value: CrmAnswer }), z.strictObject({ ok: z.literal(false), error: z.string().check(z.maxLength(500)) })]);

type BoundFrame = NonNullable<Awaited<ReturnType<typeof bindFrame>>>;
/** `firstDraft`: what the bound frame's first draft open would answer (lib/background/drafts.ts). */
export interface FrameHandlerOptions {
  firstDraft?: (frame: BoundFrame) => Promise<{ ok: boolean; draft?: DraftView }>;
  /** Issue 17: the way in asked for the frame's tab from the popup, taken once. */
  openMode?: (tabId: number) => Promise<'new' | 'existing' | null>;
}

export function createFrameHandlers(opts: FrameHandlerOptions = {}): FrameHandlers {
  return {
    'cs/wizard-ticket': async (_m, s) => {
      const ticket = s.kind === 'admin-content-script' ? await issueTicket(s) : null;
      return ticket ? { ok: true, value: { ticket } } : notAllowed('The wizard was not opened by the consultant here');
    },
    'frame/claim': async (m, s) => {
      const bound = s.kind === 'wizard-frame' ? await claimTicket(m.ticket, s) : null;
      if (!bound || s.kind !== 'wizard-frame') return notAllowed('This frame holds no valid ticket');
      // The draft comes with the binding, for the frame just bound (it asks itself if this fails).
      const frame = opts.firstDraft ? await bindFrame(s) : null;
      const first = frame && opts.firstDraft ? await opts.firstDraft(frame).catch(() => null) : null;
      const openMode = (await opts.openMode?.(s.tabId).catch(() => null)) ?? undefined;
      return { ok: true, value: { ...bound, ...(first?.ok && first.draft ? { firstDraft: first.draft } : {}), ...(openMode ? { openMode } : {}) } };
    },
    'frame/crm-fetch': async (m, s) => {
      if (s.kind !== 'wizard-frame') return notAllowed('Only the wizard frame');
      if (!underApi(m.url, s.tenant)) return notAllowed('Not this tenant’s REST API');
      let raw: unknown;
      try {
        raw = await browser.tabs.sendMessage(s.tabId, { type: 'bg/crm-fetch', url: m.url, method: m.method, body: m.body, lang: m.lang }, { frameId: s.csFrameId });
      } catch (e) {
        return { ok: false, error: { code: 'internal', message: `The CRM page did not answer: ${String(e).slice(0, 200)}` } };
      }
      const r = z.safeParse(Relayed, raw);
      if (!r.success) return { ok: false, error: { code: 'invalid-message', message: 'The CRM page answered something else' } };
      return r.data.ok ? { ok: true, value: r.data.value } : { ok: false, error: { code: 'internal', message: r.data.error } };
    },
    'frame/close': async (_m, s) => {
      if (s.kind !== 'wizard-frame') return notAllowed('Only the wizard frame');
      await browser.tabs.sendMessage(s.tabId, { type: 'bg/frame-close' }, { frameId: s.csFrameId }).catch(() => undefined);
      return { ok: true, value: { closed: true } };
    },
    'frame/reveal': async (m, s) => {
      if (s.kind !== 'wizard-frame') return notAllowed('Only the wizard frame');
      const r: unknown = await browser.tabs.sendMessage(s.tabId, { type: 'bg/reveal', name: m.name }, { frameId: s.csFrameId }).catch(() => null);
      return { ok: true, value: { found: (r as { found?: unknown } | null)?.found === true } };
    },
  };
}
