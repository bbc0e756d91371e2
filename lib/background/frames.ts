// Which wizard frames may be served: only a frame the content script placed after a trusted open.
// The background marks a tab's frame as opening when it injects the wizard (a launcher click, the
// popup, the shortcut); the content script there takes a one-time ticket and hands it to its own
// frame by postMessage (the page can neither read it nor make our content script ask again); the
// frame claims it, and from then on (tab, frameId) is bound to the tenant the content script's
// page belonged to. A frame a page script made itself never gets a ticket, so it gets nothing.
// Kept in session storage: a worker stopped after 30 s idle still knows its frames.
import { browser } from 'wxt/browser';
import type { FrameBinding } from '../messages/frame-protocol';
import type { SenderClass } from '../messages/sender';

type Cs = Extract<SenderClass, { kind: 'admin-content-script' }>;
type Frame = Extract<SenderClass, { kind: 'wizard-frame' }>;
interface TicketRecord {
  tabId: number;
  csFrameId: number;
  tenant: string;
  at: number;
}
interface FrameRecord {
  tenant: string;
  csFrameId: number;
}

/** A ticket not claimed within this long is void (the frame loads in well under a second). */
export const TICKET_TTL_MS = 60_000;
const openKey = (tabId: number, frameId: number) => `wizard-open:${tabId}:${frameId}`;
const ticketKey = (t: string) => `ticket:${t}`;
const frameKey = (tabId: number, frameId: number) => `frame:${tabId}:${frameId}`;
/** Online: `https://host/Cust12345`; onsite: origin + base path. The REST API is below it. */
export const apiBaseOf = (tenant: string) => `${tenant}/api/v1/`;

async function take<T>(key: string): Promise<T | undefined> {
  const v = (await browser.storage.session.get(key))[key] as T | undefined;
  if (v !== undefined) await browser.storage.session.remove(key);
  return v;
}

/** Called right before the wizard's content script is injected on the consultant's action. */
export async function markOpening(tabId: number, frameId: number, now = Date.now()): Promise<void> {
  await browser.storage.session.set({ [openKey(tabId, frameId)]: now });
}

/** The content script's ticket: only right after an injection the background made itself. */
export async function issueTicket(cs: Cs, now = Date.now()): Promise<string | null> {
  const at = await take<number>(openKey(cs.tabId, cs.frameId));
  if (at === undefined || now - at > TICKET_TTL_MS) return null;
  // Tickets never claimed (a bound frame ignores the one of a later open) expire here.
  const all = await browser.storage.session.get(null);
  const stale = Object.entries(all).filter(([k, v]) => k.startsWith('ticket:') && now - ((v as TicketRecord).at ?? 0) > TICKET_TTL_MS).map(([k]) => k);
  if (stale.length) await browser.storage.session.remove(stale);
  const ticket = crypto.randomUUID();
  const rec: TicketRecord = { tabId: cs.tabId, csFrameId: cs.frameId, tenant: cs.tenant, at: now };
  await browser.storage.session.set({ [ticketKey(ticket)]: rec });
  return ticket;
}

/** The frame claims its ticket: same tab, fresh, used once. */
export async function claimTicket(ticket: string, frame: Frame, now = Date.now()): Promise<FrameBinding | null> {
  const rec = await take<TicketRecord>(ticketKey(ticket));
  if (!rec || rec.tabId !== frame.tabId || now - rec.at > TICKET_TTL_MS) return null;
  const bound: FrameRecord = { tenant: rec.tenant, csFrameId: rec.csFrameId };
  await browser.storage.session.set({ [frameKey(frame.tabId, frame.frameId)]: bound });
  return { tabId: frame.tabId, tenant: rec.tenant, apiBase: apiBaseOf(rec.tenant) };
}

/** A frame's messages carry the tenant it was bound to; an unbound frame's carry nothing. */
export async function bindFrame(frame: Frame): Promise<Frame | null> {
  const key = frameKey(frame.tabId, frame.frameId);
  const rec = (await browser.storage.session.get(key))[key] as FrameRecord | undefined;
  return rec ? { ...frame, tenant: rec.tenant, csFrameId: rec.csFrameId } : null;
}

/** A closed tab's frames are forgotten. */
export async function forgetTab(tabId: number): Promise<void> {
  const all = await browser.storage.session.get(null);
  const keys = Object.keys(all).filter((k) => k.startsWith(`frame:${tabId}:`) || k.startsWith(`wizard-open:${tabId}:`));
  if (keys.length) await browser.storage.session.remove(keys);
}
