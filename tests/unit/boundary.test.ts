// The message boundary, one kind of refusal per test: each goes through route() (or the external
// listeners) with the sender facts the browser would give, is refused with its code, and is
// counted by that reason; the options page reads the counts with `ui/refusals`.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connectorFields, connectorList, connectorTest } from '../../lib/background/connector-calls';
import { countingNotPermitted, createRefusalCounter, createRefusalHandlers, refuseExternal, refusePort, type RefusalCounter } from '../../lib/background/refusals';
import { asListener, route, type Handlers } from '../../lib/background/router';
import { REFUSAL_KINDS, TO_BACKGROUND, type RefusalKind } from '../../lib/messages/protocol';
import { MAX_MESSAGE_SIZE } from '../../lib/messages/size';
import { LIMITS } from '../../lib/drafts/limits';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const self = { id: EXT, baseUrl: `chrome-extension://${EXT}/` };
/** Our launcher/panel on a SuperOffice Online admin page, as Chrome describes it. */
const contentScript = {
  id: EXT,
  url: 'https://online.superoffice.com/Cust12345/admin/default.aspx#quote-sync/sync',
  origin: 'https://online.superoffice.com',
  tab: { id: 12 },
  frameId: 0,
};
/** The wizard's own frame in that tab (bound by `bind` below, as lib/background/frames.ts would). */
const panel = { id: EXT, url: `chrome-extension://${EXT}/wizard-frame.html?lang=en`, origin: `chrome-extension://${EXT}`, tab: { id: 12 }, frameId: 2 };
const bind = async <F extends { tabId: number }>(f: F) => ({ ...f, tenant: 'https://online.superoffice.com/Cust12345', csFrameId: 0 });
const optionsPage = { id: EXT, url: `chrome-extension://${EXT}/options.html`, origin: `chrome-extension://${EXT}` };
const UUID = '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e';

let counter: RefusalCounter;
let handlers: Handlers;
const handled = vi.fn();

beforeEach(() => {
  fakeBrowser.reset();
  handled.mockClear();
  counter = createRefusalCounter();
  // Every handler records that it ran: a refused message must never reach one.
  const any = async () => (handled(), { ok: true, value: {} });
  handlers = {
    ...(Object.fromEntries(Object.keys(TO_BACKGROUND).map((t) => [t, any])) as unknown as Handlers),
    ...countingNotPermitted(counter, {
      'panel/connector-fields': async (m) => (handled(), connectorFields(m.requestId, m.url)),
      'panel/connector-test': async (m) => (handled(), connectorTest(m.requestId, m.url, m.connectionInfo)),
      'panel/connector-list': async (m) => (handled(), connectorList(m.requestId, m.loadId, m.listName)),
    }),
    ...createRefusalHandlers(counter),
  };
});

const send = (raw: unknown, sender: object) => route(raw, sender, self, handlers, counter, bind);
async function counts(): Promise<Record<RefusalKind, number>> {
  const r = await send({ type: 'ui/refusals' }, optionsPage);
  if (!r.ok || !('value' in r)) throw new Error('ui/refusals failed');
  return (r.value as { counts: Record<RefusalKind, number> }).counts;
}
/** Only `kind` went up, by one. */
async function expectCounted(kind: RefusalKind) {
  const after = await counts();
  expect(after).toEqual(Object.fromEntries(REFUSAL_KINDS.map((k) => [k, k === kind ? 1 : 0])));
}

describe('the message boundary refuses and counts', () => {
  it('a message from another extension, even one copying our message types', async () => {
    const other = { id: 'ponmlkjihgfedcbaponmlkjihgfedcba', url: 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba/background.js', origin: 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba' };
    expect(await send({ type: 'cs/open-wizard' }, other)).toMatchObject({ ok: false, error: { code: 'unknown-sender' } });
    expect(handled).not.toHaveBeenCalled();
    await expectCounted('unknown-sender');
  });

  it('a message sent to us from outside (runtime.onMessageExternal), never read', async () => {
    const listener = asListener(refuseExternal(counter));
    let answer: unknown;
    expect(listener({ type: 'panel/ping', sentAt: 1 }, { id: 'other', url: 'https://evil.example/' }, (r) => (answer = r))).toBe(true);
    await expect.poll(() => answer).toMatchObject({ ok: false, error: { code: 'unknown-sender' } });
    expect(handled).not.toHaveBeenCalled();
    await expectCounted('unknown-sender');
  });

  it('a port opened to us (no part of the extension uses ports): closed at once', async () => {
    const port = { disconnect: vi.fn() };
    refusePort(counter, 'unknown-sender')(port);
    expect(port.disconnect).toHaveBeenCalledOnce();
    await expect.poll(async () => (await counts())['unknown-sender']).toBe(1);
  });

  it('our content script on a page that is not a SuperOffice admin page', async () => {
    const foreign = { ...contentScript, url: 'https://crm.customer.example/Cust12345/admin/default.aspx', origin: 'https://crm.customer.example' };
    expect(await send({ type: 'panel/ping', sentAt: 1 }, foreign)).toMatchObject({ ok: false, error: { code: 'unknown-sender' } });
    await expectCounted('unknown-sender');
  });

  it('a content script asking for what only the extension’s own pages may ask', async () => {
    expect(await send({ type: 'ui/open-wizard', tabId: 3 }, contentScript)).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    // Not even the diagnostics themselves.
    expect(await send({ type: 'ui/refusals' }, contentScript)).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(handled).not.toHaveBeenCalled();
    expect((await counts())['not-allowed']).toBe(2);
  });

  it('a malformed message', async () => {
    expect(await send({ type: 'panel/ping', sentAt: 'now' }, panel)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(handled).not.toHaveBeenCalled();
    await expectCounted('invalid-message');
  });

  it('a message with a prototype key', async () => {
    const raw = JSON.parse(`{"type":"panel/draft-save","id":"${UUID}","baseRevision":1,"patch":{"connection":{"__proto__":{"isAdmin":true}}}}`);
    expect(await send(raw, panel)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(handled).not.toHaveBeenCalled();
    await expectCounted('invalid-message');
  });

  it('an oversized message, before its schema is looked at', async () => {
    const text = 'x'.repeat(MAX_MESSAGE_SIZE);
    expect(await send({ type: 'panel/draft-import', text }, panel)).toMatchObject({ ok: false, error: { code: 'oversized' } });
    // A deep or wide one is measured without recursion and refused the same way.
    let deep: unknown = 'x';
    for (let i = 0; i < 400_000; i++) deep = [deep];
    expect(await send({ type: 'panel/ping', sentAt: 1, deep }, panel)).toMatchObject({ ok: false, error: { code: 'oversized' } });
    const wide = new Array<number>(2_000_000).fill(0);
    expect(await send({ type: 'panel/draft-tested', id: UUID, result: { wide } }, panel)).toMatchObject({ ok: false, error: { code: 'oversized' } });
    expect(handled).not.toHaveBeenCalled();
    expect((await counts()).oversized).toBe(3);
  });

  it('but never the largest legitimate messages: a full draft import and a full draft save', async () => {
    expect(await send({ type: 'panel/draft-import', text: '€'.repeat(LIMITS.importBytes) }, panel)).toMatchObject({ ok: true });
    expect(await send({ type: 'ui/draft-import', tenant: `https://online.superoffice.com/${'C'.repeat(990)}`, text: '"'.repeat(LIMITS.importBytes) }, optionsPage)).toMatchObject({ ok: true });
    const values = Object.fromEntries(Array.from({ length: LIMITS.values }, (_, i) => [`${i}`.padEnd(255, 'k'), 'v'.repeat(1023)]));
    const ids = Array.from({ length: 1000 }, (_, i) => 9_000_000_000_000 + i);
    const patch = {
      name: 'n'.repeat(255),
      step: 5,
      connector: { mode: 'new', name: 'c'.repeat(255), url: `https://${'u'.repeat(1000)}` },
      connection: { name: 'n'.repeat(255), description: 'd'.repeat(1023), visibility: { all: false, associateIds: ids, groupIds: ids }, values },
      secretKeys: Object.keys(values),
    };
    expect(await send({ type: 'panel/draft-save', id: UUID, baseRevision: 1, patch }, panel)).toMatchObject({ ok: true });
    expect(handled).toHaveBeenCalledTimes(3);
    expect(Object.values(await counts()).every((n) => n === 0)).toBe(true);
  });

  it('a connector test or field request for a host never granted, before any request', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no request may be made'));
    const url = 'http://127.0.0.1:8081/finance/ErpConnectorWS.svc';
    expect(await send({ type: 'panel/connector-test', requestId: 'r1', url, connectionInfo: { UserName: 'demo' } }, panel)).toMatchObject({
      ok: true,
      value: { kind: 'not-permitted', latencyMs: 0 },
    });
    expect(await send({ type: 'panel/connector-fields', requestId: 'r2', url }, panel)).toMatchObject({ ok: true, value: { fields: { kind: 'not-permitted' } } });
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(await counts()).toMatchObject({ 'not-permitted': 2, 'unknown-sender': 0, 'not-allowed': 0, 'invalid-message': 0, oversized: 0 });
    fetchSpy.mockRestore();
  });

  it('keeps counting across a worker restart (session storage), believing only whole counts', async () => {
    await send({ type: 'cs/open-wizard' }, { ...contentScript, id: 'other' });
    await send({ type: 'nope' }, contentScript);
    // The browser stops the worker; a new one starts with a new counter over the same session storage.
    const later = Date.now() + 60_000;
    const woken = createRefusalCounter(undefined, () => later);
    await woken.count('oversized');
    expect(await woken.read()).toEqual({ counts: { 'unknown-sender': 1, 'not-allowed': 0, 'invalid-message': 1, oversized: 1, 'not-permitted': 0 }, lastAt: later });
    // Whatever is stored there, only whole non-negative counts are believed.
    await fakeBrowser.storage.session.set({ refusedMessages: { counts: { oversized: -5, 'not-allowed': '7', 'invalid-message': 2 }, lastAt: 'x' } });
    expect((await createRefusalCounter().read()).counts).toEqual({ 'unknown-sender': 0, 'not-allowed': 0, 'invalid-message': 2, oversized: 0, 'not-permitted': 0 });
  });

  it('turns a flood of refusals into a few writes, the last one with every count', async () => {
    const set = vi.spyOn(fakeBrowser.storage.session, 'set');
    const other = { ...contentScript, id: 'ponmlkjihgfedcbaponmlkjihgfedcba' };
    await Promise.all(Array.from({ length: 1000 }, () => send({ type: 'cs/open-wizard' }, other)));
    expect(set.mock.calls.length).toBeLessThan(10);
    expect(((await fakeBrowser.storage.session.get('refusedMessages')).refusedMessages as { counts: Record<string, number> }).counts['unknown-sender']).toBe(1000);
    // A storage that fails keeps the counts in memory, and the next write tries again.
    set.mockRejectedValueOnce(new Error('QuotaExceededError'));
    await send({ type: 'cs/open-wizard' }, other);
    await send({ type: 'cs/open-wizard' }, other);
    expect((await counts())['unknown-sender']).toBe(1002);
    expect(((await fakeBrowser.storage.session.get('refusedMessages')).refusedMessages as { counts: Record<string, number> }).counts['unknown-sender']).toBe(1002);
  });

  it('counts in memory where there is no session storage', async () => {
    const memoryOnly = createRefusalCounter(() => undefined);
    await memoryOnly.count('not-allowed');
    await memoryOnly.count('not-allowed');
    expect((await memoryOnly.read()).counts['not-allowed']).toBe(2);
  });
});
