import { describe, expect, it } from 'vitest';
import { classifySender } from '../../lib/messages/sender';
import { preflight } from '../../lib/messages/preflight';
import { asListener, route, type Handlers } from '../../lib/background/router';
import { createDraftHandlers } from '../../lib/background/drafts';
import { createPopupDraftHandlers } from '../../lib/background/popup-drafts';
import { createDraftStore, createMemorySecretStore } from '../../lib/drafts';

const self = { id: 'ext-id', baseUrl: 'chrome-extension://ext-id/' };
const adminPage = { id: 'ext-id', url: 'https://online.superoffice.com/Cust12345/admin/default.aspx#quote-sync/sync', origin: 'https://online.superoffice.com', tab: { id: 7 }, frameId: 0 };
const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html', origin: 'chrome-extension://ext-id' };
/** The wizard's frame in tab 7; bound by the background (here: by `bind`) to tab 7's tenant. */
const frame = { id: 'ext-id', url: 'chrome-extension://ext-id/wizard-frame.html?lang=en', origin: 'chrome-extension://ext-id', tab: { id: 7 }, frameId: 3 };

describe('classifySender', () => {
  it('recognises our content script on a SuperOffice admin page, with its tenant', () => {
    expect(classifySender(adminPage, self)).toEqual({
      kind: 'admin-content-script',
      tabId: 7,
      frameId: 0,
      url: adminPage.url,
      tenant: 'https://online.superoffice.com/Cust12345',
    });
  });

  it('recognises the wizard frame in a tab, with no tenant until the background binds it', () => {
    expect(classifySender(frame, self)).toEqual({ kind: 'wizard-frame', tabId: 7, frameId: 3, url: frame.url, tenant: '', csFrameId: -1 });
    // Opened as a page of its own (no tab, or the top frame of a tab), it is nobody's wizard.
    expect(classifySender({ ...frame, tab: undefined }, self).kind).toBe('rejected');
    expect(classifySender({ ...frame, frameId: 0 }, self).kind).toBe('rejected');
  });

  it('recognises our own pages', () => {
    expect(classifySender(popup, self)).toEqual({ kind: 'extension-page', url: popup.url });
    // Firefox gives no sender.origin; the URL alone decides.
    expect(classifySender({ id: 'ext-id', url: 'chrome-extension://ext-id/options.html' }, self).kind).toBe('extension-page');
  });

  it.each([
    ['another extension', { ...adminPage, id: 'other' }],
    ['no id at all', { ...adminPage, id: undefined }],
    ['a non-admin SuperOffice page', { ...adminPage, url: 'https://online.superoffice.com/Cust12345/default.aspx' }],
    ['a look-alike host', { ...adminPage, url: 'https://online.superoffice.com.evil.example/Cust12345/admin/x', origin: 'https://online.superoffice.com.evil.example' }],
    ['plain http', { ...adminPage, url: 'http://online.superoffice.com/Cust12345/admin/default.aspx', origin: 'http://online.superoffice.com' }],
    ['a URL that disagrees with the origin', { ...adminPage, origin: 'https://evil.example' }],
    ['a content script without a tab', { ...adminPage, tab: undefined }],
    ['an extension URL with a foreign origin', { ...popup, origin: 'https://evil.example' }],
    ['another extension’s page', { id: 'ext-id', url: 'chrome-extension://other/popup.html', origin: 'chrome-extension://other' }],
  ])('rejects %s', (_name, sender) => {
    expect(classifySender(sender, self).kind).toBe('rejected');
  });
});

describe('preflight', () => {
  it('passes an allowed, well-formed message', () => {
    const r = preflight({ type: 'panel/ping', sentAt: 5 }, frame, self);
    expect(r.ok && r.message).toEqual({ type: 'panel/ping', sentAt: 5 });
  });

  it('refuses unknown senders before looking at the message', () => {
    expect(preflight({ type: 'panel/ping', sentAt: 5 }, { ...adminPage, id: 'x' }, self)).toMatchObject({ ok: false, error: { code: 'unknown-sender' } });
  });

  it('takes a connector test with as many values as a connector may declare, and refuses one more', async () => {
    const { MAX_FIELDS } = await import('../../lib/protocol/fields');
    const info = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`field${i}`, `[S:${'v'.repeat(1000)}]`]));
    const test = (n: number) => ({ type: 'panel/connector-test', requestId: 'r1', url: 'http://h/x', connectionInfo: info(n) });
    expect(preflight(test(MAX_FIELDS), frame, self)).toMatchObject({ ok: true });
    expect(preflight(test(MAX_FIELDS + 1), frame, self)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });

  it('refuses a __proto__ key in connection values', () => {
    const raw = JSON.parse('{"type":"panel/connector-test","requestId":"r1","url":"http://h/x","connectionInfo":{"__proto__":{"x":"1"}}}');
    expect(preflight(raw, frame, self)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });

  it('lets only the panel (the wizard frame in a CRM tab) ask for connector calls', () => {
    const test = { type: 'panel/connector-test', requestId: 'r1', url: 'http://127.0.0.1:8081/finance/ErpConnectorWS.svc', connectionInfo: { UserName: 'demo' } };
    expect(preflight(test, frame, self).ok).toBe(true);
    expect(preflight(test, popup, self)).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    // The page's side of the tab (our content script) no longer may.
    expect(preflight(test, adminPage, self)).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
  });

  it('refuses a message type not allowed for the sender kind', () => {
    expect(preflight({ type: 'ui/open-wizard', tabId: 1 }, adminPage, self)).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(preflight({ type: 'cs/open-wizard' }, popup, self)).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
  });

  it.each([
    null,
    'panel/ping',
    { type: 'toString' },
    { type: '__proto__' },
    { type: 'panel/ping' },
    { type: 'panel/ping', sentAt: '1' },
    { type: 'panel/ping', sentAt: 1, url: 'https://evil.example' },
    { type: 'ui/open-wizard', tabId: -1 },
    { type: 'ui/open-wizard', tabId: 1.5 },
    { type: 'panel/connector-test', requestId: 'r1', url: 'http://h/x', connectionInfo: { a: 1 } },
    { type: 'panel/connector-test', requestId: 'r 1', url: 'http://h/x', connectionInfo: {} },
    { type: 'panel/connector-test', requestId: 'r1', url: 'http://h/x', connectionInfo: Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`k${i}`, 'v'])) },
    { type: 'panel/connector-test', requestId: 'r1', url: 'http://h/x', connectionInfo: { k: 'x'.repeat(1024) } },
    { type: 'panel/connector-fields', requestId: 'r1', url: 'h'.repeat(1024) },
    { type: 'panel/connection-probe', requestId: 'r1', url: 'http://h/x', connectionGuid: 'not-a-guid' },
    { type: 'panel/connection-probe', requestId: 'r1', url: 'http://h/x', connectionGuid: '5e7a1c2d-0001-4c55-9a55-0000000000012' },
    { type: 'panel/connection-probe', requestId: 'r1', url: 'http://h/x', connectionGuid: '5e7a1c2d-0001-4c55-9a55-000000000001', connectionInfo: {} },
    { type: 'panel/connector-plan', requestId: 'r1', url: 'http://h/x', connectionGuid: '5e7a1c2d-0001-4c55-9a55-000000000001' },
    { type: 'panel/connector-plan', requestId: 'r1' },
  ])('refuses malformed message %j', (raw) => {
    const from = typeof raw === 'object' && raw?.type?.startsWith('ui/') ? popup : frame;
    expect(preflight(raw, from, self)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });
});

describe('panel/connection-probe', () => {
  it('takes any GUID a connection may have (no RFC 4122 version bits needed), from the bound wizard frame only', () => {
    const msg = { type: 'panel/connection-probe', requestId: 'r1', url: 'http://h/x', connectionGuid: '12345678-90ab-cdef-1234-567890abcdef' };
    expect(preflight(msg, frame, self)).toMatchObject({ ok: true });
    expect(preflight(msg, adminPage, self)).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(preflight(msg, popup, self)).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
  });
});

describe('panel/connector-plan', () => {
  it('names only the connector URL, from the bound wizard frame only', () => {
    const msg = { type: 'panel/connector-plan', requestId: 'r1', url: 'http://h/x' };
    expect(preflight(msg, frame, self)).toMatchObject({ ok: true });
    expect(preflight(msg, adminPage, self)).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(preflight(msg, popup, self)).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
  });
});

describe('route and listener', () => {
  const handlers: Handlers = {
    'cs/open-wizard': async () => ({ ok: true, value: { opened: true } }),
    'cs/show-launcher': async () => ({ ok: true, value: { shown: true } }),
    'panel/ping': async (m) => ({ ok: true, value: { version: '1.2.3', receivedAt: m.sentAt + 1 } }),
    'ui/open-wizard': async () => ({ ok: true, value: { opened: true } }),
    'ui/tab-status': async () => ({ ok: true, value: { superOffice: false, tenant: null, screen: null } }),
    'panel/connector-access': async (m) => ({ ok: true, value: { host: new URL(m.url).host, granted: false } }),
    'panel/request-connector-access': async () => ({ ok: true, value: { opened: true } }),
    'panel/connector-fields': async () => ({ ok: false, error: { code: 'not-allowed', message: 'not in this test' } }),
    'panel/connector-test': async () => ({ ok: false, error: { code: 'not-allowed', message: 'not in this test' } }),
    'panel/connector-list': async () => ({ ok: false, error: { code: 'not-allowed', message: 'not in this test' } }),
    'panel/cancel': async () => ({ ok: true, value: { cancelled: false } }),
    'panel/connection-probe': async () => ({ ok: true, value: { state: 'skipped', reason: { en: 'not in this test', no: 'ikke i denne testen' } } }),
    'panel/connector-plan': async () => ({ ok: false, error: { code: 'not-allowed', message: 'not in this test' } }),
    ...createDraftHandlers(createDraftStore({ dbName: 'messages-test', secrets: createMemorySecretStore() }), { notify: async () => undefined }),
    ...createPopupDraftHandlers(createDraftStore({ dbName: 'messages-test-2', secrets: createMemorySecretStore() }), async () => []),
    'ui/refusals': async () => ({ ok: true, value: { counts: { 'unknown-sender': 0, 'not-allowed': 0, 'invalid-message': 0, oversized: 0, 'not-permitted': 0 }, lastAt: null } }),
    'cs/wizard-ticket': async () => ({ ok: true, value: { ticket: '00000000-0000-4000-8000-000000000000' } }),
    'frame/claim': async (_m, s) => ({ ok: true, value: { tabId: s.kind === 'wizard-frame' ? s.tabId : -1, tenant: 't', apiBase: 't/api/v1/' } }),
    'frame/crm-fetch': async () => ({ ok: false, error: { code: 'not-allowed', message: 'not in this test' } }),
    'frame/close': async () => ({ ok: true, value: { closed: true } }),
    'frame/reveal': async () => ({ ok: true, value: { found: false } }),
  };
  const bound = new Set<number>([3]);
  const bind = async (f: { frameId: number; tabId: number }) => (bound.has(f.frameId) ? { ...f, kind: 'wizard-frame' as const, url: '', tenant: 'https://online.superoffice.com/Cust12345', csFrameId: 0 } : null);
  const handle = (raw: unknown, sender: object) => route(raw, sender, self, handlers, undefined, bind);

  it('hands only preflighted messages to the handler', async () => {
    expect(await handle({ type: 'panel/ping', sentAt: 41 }, frame)).toEqual({ ok: true, value: { version: '1.2.3', receivedAt: 42 } });
    expect(await handle({ type: 'panel/ping', sentAt: 41 }, {})).toMatchObject({ ok: false, error: { code: 'unknown-sender' } });
    // The page's side (content script) no longer speaks for the panel.
    expect(await handle({ type: 'panel/ping', sentAt: 41 }, adminPage)).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
  });

  it('hears a wizard frame only once bound; an unbound frame may only claim', async () => {
    const stray = { ...frame, frameId: 9 };
    expect(await handle({ type: 'panel/drafts-list' }, stray)).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(await handle({ type: 'frame/claim', ticket: '00000000-0000-4000-8000-000000000000' }, stray)).toMatchObject({ ok: true });
    expect(await handle({ type: 'frame/claim', ticket: 'not-a-ticket' }, stray)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });

  it('answers through sendResponse when the browser gives one, else through the returned promise', async () => {
    const listener = asListener(handle);
    let answered: unknown;
    const kept = listener({ type: 'panel/ping', sentAt: 1 }, frame, (r) => (answered = r));
    expect(kept).toBe(true);
    await expect.poll(() => answered).toEqual({ ok: true, value: { version: '1.2.3', receivedAt: 2 } });
    expect(await listener({ type: 'panel/ping', sentAt: 1 }, frame)).toEqual({ ok: true, value: { version: '1.2.3', receivedAt: 2 } });
  });
});
