// Property-based tests of the message schemas and the preflight: every generated valid message of
// every type passes from a sender allowed to send it (and only from one); arbitrary values and
// mutated valid messages never throw and are refused with a specific code; prototype keys are
// refused wherever they hide; nothing is ever changed in the message it is given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALLOWED, preflight } from '../../lib/messages/preflight';
import { TO_BACKGROUND, type ToBackground, type ToBackgroundType } from '../../lib/messages/protocol';
import { classifySender, type SenderFacts } from '../../lib/messages/sender';
import { MAX_MESSAGE_SIZE } from '../../lib/messages/size';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const self = { id: EXT, baseUrl: `chrome-extension://${EXT}/` };
const TYPES = Object.keys(TO_BACKGROUND) as ToBackgroundType[];
const UNSAFE = ['__proto__', 'constructor', 'prototype'];
const REFUSALS = ['unknown-sender', 'not-allowed', 'invalid-message', 'oversized'];

/** JSON-like values as a message body can carry them, without prototype keys and not too deep. */
const json = fc.jsonValue({ maxDepth: 3 }).filter((v) => !hasUnsafeKey(v));
function hasUnsafeKey(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  return Object.keys(v).some((k) => UNSAFE.includes(k) || hasUnsafeKey((v as Record<string, unknown>)[k]));
}
const safeKey = (max: number, min = 0) => fc.string({ minLength: min, maxLength: max }).filter((k) => !UNSAFE.includes(k));
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const nat = fc.oneof(fc.nat(), fc.maxSafeNat());
const uuid = fc.uuid();
const url = fc.oneof(fc.webUrl(), fc.string({ minLength: 1, maxLength: 200 }), fc.constant('x'.repeat(1023)));
const requestId = fc.stringMatching(/^[A-Za-z0-9-]{1,64}$/);
const record = (keyMax: number, value: fc.Arbitrary<unknown>, maxKeys = 8) => fc.dictionary(safeKey(keyMax), value, { maxKeys, noNullPrototype: true });
const connectionInfo = fc.dictionary(safeKey(255, 1), fc.string({ maxLength: 1023 }), { maxKeys: 12, noNullPrototype: true });
const text = fc.oneof(fc.string({ maxLength: 200 }), fc.constant('€'.repeat(300_000)));

/** A valid message of each type; a type added to the protocol without one here fails to compile. */
const VALID: { [K in ToBackgroundType]: fc.Arbitrary<Extract<ToBackground, { type: K }>> } = {
  'cs/open-wizard': fc.constant({ type: 'cs/open-wizard' }),
  'cs/show-launcher': fc.constant({ type: 'cs/show-launcher' }),
  'panel/ping': fc.record({ type: fc.constant('panel/ping'), sentAt: finite }),
  'ui/open-wizard': fc.record({ type: fc.constant('ui/open-wizard'), tabId: nat }),
  'ui/tab-status': fc.record({ type: fc.constant('ui/tab-status'), tabId: nat }),
  'panel/connector-access': fc.record({ type: fc.constant('panel/connector-access'), url }),
  'panel/request-connector-access': fc.record({ type: fc.constant('panel/request-connector-access'), url }),
  'panel/connector-fields': fc.record({ type: fc.constant('panel/connector-fields'), requestId, url }),
  'panel/connector-test': fc.record({ type: fc.constant('panel/connector-test'), requestId, url, connectionInfo }),
  'panel/cancel': fc.record({ type: fc.constant('panel/cancel'), requestId }),
  'panel/connector-list': fc.record({ type: fc.constant('panel/connector-list'), requestId, loadId: uuid, listName: fc.string({ minLength: 1, maxLength: 255 }) }),
  'panel/drafts-list': fc.constant({ type: 'panel/drafts-list' }),
  'panel/draft-open': fc.record({ type: fc.constant('panel/draft-open'), id: uuid, fresh: fc.boolean() }, { requiredKeys: ['type'] }),
  'panel/draft-save': fc.record({ type: fc.constant('panel/draft-save'), id: uuid, patch: record(64, json), baseRevision: fc.maxSafeInteger() }),
  'panel/draft-rename': fc.record({ type: fc.constant('panel/draft-rename'), id: uuid, name: fc.string({ maxLength: 255 }) }),
  'panel/draft-duplicate': fc.record({ type: fc.constant('panel/draft-duplicate'), id: uuid, lang: fc.constantFrom('en', 'no') }),
  'panel/draft-remove': fc.record({ type: fc.constant('panel/draft-remove'), id: uuid }),
  'panel/draft-undo': fc.record({ type: fc.constant('panel/draft-undo'), token: uuid }),
  'panel/draft-export': fc.record({ type: fc.constant('panel/draft-export'), id: uuid }),
  'panel/draft-import': fc.record({ type: fc.constant('panel/draft-import'), text }),
  'panel/draft-tested': fc.record({ type: fc.constant('panel/draft-tested'), id: uuid, result: record(64, json) }),
  'panel/draft-applied': fc.record({
    type: fc.constant('panel/draft-applied'),
    id: uuid,
    applied: fc.record({ at: finite, erpConnectorId: finite, erpConnectionId: finite }),
  }),
  'panel/draft-history': fc.record({ type: fc.constant('panel/draft-history'), id: uuid }),
  'ui/drafts-all': fc.constant({ type: 'ui/drafts-all' }),
  'ui/open-draft': fc.record({ type: fc.constant('ui/open-draft'), id: uuid, tabId: nat }, { requiredKeys: ['type', 'id'] }),
  'ui/draft-export': fc.record({ type: fc.constant('ui/draft-export'), id: uuid }),
  'ui/draft-import': fc.record({ type: fc.constant('ui/draft-import'), tenant: fc.string({ maxLength: 1023 }), text }),
  'ui/refusals': fc.constant({ type: 'ui/refusals' }),
  'cs/wizard-ticket': fc.constant({ type: 'cs/wizard-ticket' }),
  'frame/claim': fc.record({ type: fc.constant('frame/claim'), ticket: uuid }),
  'frame/crm-fetch': fc.record(
    { type: fc.constant('frame/crm-fetch'), url, method: fc.constantFrom('GET', 'POST'), body: fc.string({ maxLength: 200 }), lang: fc.constantFrom('en', 'no') },
    { requiredKeys: ['type', 'url', 'method', 'lang'] },
  ),
  'frame/close': fc.constant({ type: 'frame/close' }),
  'frame/reveal': fc.record({ type: fc.constant('frame/reveal'), name: fc.string({ maxLength: 255 }) }),
  'panel/connection-probe': fc.record({ type: fc.constant('panel/connection-probe'), requestId, url, connectionGuid: uuid }),
  'panel/connector-plan': fc.record({ type: fc.constant('panel/connector-plan'), requestId, url }),
};
/** Keys a message of that type may leave out. */
const OPTIONAL: Partial<Record<ToBackgroundType, string[]>> = { 'panel/draft-open': ['id', 'fresh'], 'ui/open-draft': ['tabId'], 'frame/crm-fetch': ['body'] };

const anyValid = fc.constantFrom(...TYPES).chain((t) => VALID[t].map((m) => m as ToBackground));

/** Our content script on a SuperOffice Online admin page, as Chrome describes it. */
const contentScript: fc.Arbitrary<SenderFacts> = fc
  .record({
    host: fc.constantFrom('online', 'sod', 'sod2', 'online2'),
    cust: fc.integer({ min: 1, max: 999_999 }),
    rest: fc.constantFrom('default.aspx', 'default.aspx#quote-sync/sync', 'x/y?lang=no', ''),
    tab: fc.nat(),
    frameId: fc.nat({ max: 20 }),
    withOrigin: fc.boolean(),
  })
  .map(({ host, cust, rest, tab, frameId, withOrigin }) => ({
    id: EXT,
    url: `https://${host}.superoffice.com/Cust${cust}/admin/${rest}`,
    ...(withOrigin ? { origin: `https://${host}.superoffice.com` } : {}),
    tab: { id: tab },
    frameId,
  }));
/** One of our own pages (popup, options, grant); Firefox gives no origin. */
const extensionPage: fc.Arbitrary<SenderFacts> = fc
  .record({ page: fc.constantFrom('popup.html', 'options.html', 'grant.html?url=x'), withOrigin: fc.boolean() })
  .map(({ page, withOrigin }) => ({ id: EXT, url: `chrome-extension://${EXT}/${page}`, ...(withOrigin ? { origin: `chrome-extension://${EXT}` } : {}) }));
/** The wizard's own page in a frame of a CRM tab (lib/messages/sender.ts). */
const wizardFrame: fc.Arbitrary<SenderFacts> = fc
  .record({ tab: fc.nat(), frameId: fc.integer({ min: 1, max: 20 }), withOrigin: fc.boolean() })
  .map(({ tab, frameId, withOrigin }) => ({ id: EXT, url: `chrome-extension://${EXT}/wizard-frame.html?lang=en`, ...(withOrigin ? { origin: `chrome-extension://${EXT}` } : {}), tab: { id: tab }, frameId }));
const senderOf = { 'admin-content-script': contentScript, 'extension-page': extensionPage, 'wizard-frame': wizardFrame } as const;
/** Senders the browser vouches for but that are not us, or not where we work. */
const stranger: fc.Arbitrary<SenderFacts> = fc.oneof(
  fc.record({ id: fc.stringMatching(/^[a-p]{32}$/).filter((id) => id !== EXT), url: fc.webUrl() }),
  fc.record({ id: fc.constant(EXT), url: fc.webUrl(), tab: fc.record({ id: fc.nat() }) }),
  fc.webUrl().map((u) => ({ url: u })),
  contentScript.map((s) => ({ ...s, origin: 'https://evil.example' })),
  contentScript.map((s) => ({ ...s, tab: undefined })),
  fc.constant({ id: EXT, url: 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba/popup.html', origin: 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba' }),
);
const anySender = fc.oneof(contentScript, extensionPage, wizardFrame, stranger);

/** Preflight must never throw nor touch what it is given. */
function check(raw: unknown, facts: SenderFacts) {
  const before = structuredClone(raw);
  const r = preflight(raw, facts, self);
  expect(raw).toEqual(before);
  return r;
}
const deepCopy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('valid messages', () => {
  it.each(TYPES)('%s passes from every sender allowed to send it, and only from those', (type) => {
    const kinds = Object.keys(senderOf) as (keyof typeof senderOf)[];
    fc.assert(
      fc.property(VALID[type], fc.constantFrom(...kinds).chain((k) => senderOf[k].map((s) => [k, s] as const)), (message, [kind, sender]) => {
        const r = check(message, sender);
        if (ALLOWED[type].includes(kind)) {
          expect(r).toMatchObject({ ok: true, sender: { kind } });
          expect(r.ok && r.message).toEqual(message);
        } else {
          expect(r).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
        }
      }),
      { numRuns: 60 },
    );
  });

  it('are refused from anyone else before being looked at', () => {
    fc.assert(
      fc.property(anyValid, stranger, (message, sender) => {
        expect(check(message, sender)).toMatchObject({ ok: false, error: { code: 'unknown-sender' } });
      }),
      { numRuns: 500 },
    );
  });
});

describe('sender classification', () => {
  it('never throws, and takes a content script only on an https SuperOffice admin page, in a tab', () => {
    const facts = fc.record(
      {
        id: fc.oneof(fc.constant(EXT), fc.string({ maxLength: 40 })),
        url: fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string({ maxLength: 80 }), contentScript.map((s) => s.url as string)),
        origin: fc.oneof(fc.webUrl(), fc.string({ maxLength: 40 }), contentScript.map((s) => s.origin ?? 'https://online.superoffice.com')),
        tab: fc.record({ id: fc.integer({ min: -2, max: 1000 }) }, { requiredKeys: [] }),
        frameId: fc.integer({ min: -1, max: 10 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(facts, (f) => {
        const c = classifySender(f, self);
        expect(['extension-page', 'admin-content-script', 'wizard-frame', 'rejected']).toContain(c.kind);
        if (c.kind === 'rejected') return;
        expect(f.id).toBe(EXT);
        if (c.kind === 'extension-page') return void expect(f.url?.startsWith(self.baseUrl)).toBe(true);
        // A frame is never bound by classifying it: its tenant comes only from the background's claim.
        if (c.kind === 'wizard-frame') return void expect([c.tenant, f.tab?.id !== undefined && (f.frameId ?? 0) > 0]).toEqual(['', true]);
        const u = new URL(f.url as string);
        expect(u.protocol).toBe('https:');
        expect(u.hostname).toMatch(/(^|\.)superoffice\.com$/i);
        expect(u.pathname).toMatch(/^\/Cust\d+\/admin(\/|$)/i);
        expect(f.tab?.id).toBeGreaterThanOrEqual(0);
        if (f.origin !== undefined) expect(f.origin).toBe(u.origin);
        expect(c.tenant).toBe(`${u.origin}/Cust${/^\/cust(\d+)/i.exec(u.pathname)?.[1]}`);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('arbitrary values', () => {
  it('never throw and are refused with a specific code', () => {
    const raw = fc.oneof(
      fc.anything({ maxDepth: 4 }),
      fc.jsonValue({ maxDepth: 4 }),
      // Something that names a real type, with whatever else beside it.
      fc.tuple(fc.constantFrom(...TYPES), fc.dictionary(fc.string({ maxLength: 12 }), fc.anything({ maxDepth: 3 }), { maxKeys: 4 })).map(([type, rest]) => ({ ...rest, type })),
    );
    fc.assert(
      fc.property(raw, anySender, (value, sender) => {
        const r = check(value, sender);
        if (r.ok) {
          // Only a message its schema accepts, handed on exactly as sent.
          expect(TYPES).toContain(r.message.type);
          expect(r.message).toEqual(value);
        } else expect(REFUSALS).toContain(r.error.code);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('mutated valid messages', () => {
  const allowedSender = (m: ToBackground) => senderOf[ALLOWED[m.type][0]!];
  const withSender = anyValid.chain((m) => allowedSender(m).map((s) => [m, s] as const));

  it('with a key the schema does not name: refused as malformed', () => {
    fc.assert(
      fc.property(withSender, safeKey(20, 1), json, ([message, sender], key, value) => {
        fc.pre(!Object.hasOwn(message, key));
        expect(check({ ...message, [key]: value }, sender)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
      }),
      { numRuns: 1000 },
    );
  });

  it('without a key the schema requires: refused as malformed', () => {
    fc.assert(
      fc.property(withSender, fc.nat(), ([message, sender], pick) => {
        const required = Object.keys(message).filter((k) => k !== 'type' && !(OPTIONAL[message.type] ?? []).includes(k));
        fc.pre(required.length > 0);
        const copy: Record<string, unknown> = { ...message };
        delete copy[required[pick % required.length]!];
        expect(check(copy, sender)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
      }),
      { numRuns: 1000 },
    );
  });

  it('with a value of another kind (text for a number, an array for an object, null…): refused as malformed', () => {
    const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
    fc.assert(
      fc.property(withSender, fc.nat(), fc.oneof(fc.string(), finite, fc.boolean(), fc.constant(null), fc.array(json, { maxLength: 3 }), record(8, json)), ([message, sender], pick, value) => {
        const keys = Object.keys(message).filter((k) => k !== 'type');
        fc.pre(keys.length > 0);
        const key = keys[pick % keys.length]!;
        fc.pre(kindOf(value) !== kindOf((message as Record<string, unknown>)[key]));
        expect(check({ ...message, [key]: value }, sender)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
      }),
      { numRuns: 2000 },
    );
  });

  it('with another type name: never thrown, refused or (same shape, allowed sender) accepted as that type', () => {
    fc.assert(
      fc.property(withSender, fc.oneof(fc.constantFrom(...TYPES), fc.string({ maxLength: 30 }), fc.constantFrom('toString', '__proto__', 'hasOwnProperty', 'bg/query-screen')), ([message, sender], type) => {
        const r = check({ ...message, type }, sender);
        if (r.ok) expect(r.message).toEqual({ ...message, type });
        else expect(['invalid-message', 'not-allowed']).toContain(r.error.code);
      }),
      { numRuns: 2000 },
    );
  });

  it('with a prototype key (__proto__, constructor, prototype) at any depth: refused as malformed', () => {
    fc.assert(
      fc.property(withSender, fc.nat(), fc.constantFrom(...UNSAFE), json, ([message, sender], pick, key, value) => {
        const copy = deepCopy(message);
        const objects: Record<string, unknown>[] = [];
        const collect = (v: unknown) => {
          if (typeof v !== 'object' || v === null) return;
          if (!Array.isArray(v)) objects.push(v as Record<string, unknown>);
          for (const child of Object.values(v)) collect(child);
        };
        collect(copy);
        // An own key, as JSON.parse (and so the browser's message passing) would make it.
        Object.defineProperty(objects[pick % objects.length], key, { value, enumerable: true, writable: true, configurable: true });
        expect(check(copy, sender)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
      }),
      { numRuns: 1000, examples: [[[{ type: 'panel/draft-save', id: '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e', baseRevision: 1, patch: { connection: { values: {} } } }, { id: EXT, url: `chrome-extension://${EXT}/wizard-frame.html`, tab: { id: 1 }, frameId: 1 }], 2, '__proto__', { polluted: true }]] },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('grown past the size cap: refused as oversized, whatever it is', () => {
    const huge = 'x'.repeat(MAX_MESSAGE_SIZE);
    fc.assert(
      fc.property(withSender, safeKey(20, 1), ([message, sender], key) => {
        const keys = Object.keys(message).filter((k) => k !== 'type');
        const target = keys.find((k) => typeof (message as Record<string, unknown>)[k] === 'string') ?? key;
        expect(check({ ...message, [target]: huge }, sender)).toMatchObject({ ok: false, error: { code: 'oversized' } });
      }),
      { numRuns: 50 },
    );
  });
});
