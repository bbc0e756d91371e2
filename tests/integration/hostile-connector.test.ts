// @vitest-environment node
// Hostile connector answers, on top of the ordinary failure modes: one case each, through the
// protocol client against the real stand-in over loopback. Every case must end in a classified
// outcome with a hint in both languages, within the timeout plus a margin, and must never make
// the client fetch anything it should not (the XXE target, the redirect's other origin).
import { afterAll, describe, expect, it } from 'vitest';
import {
  createFieldLoad, decodeDefault, fieldDescription, fieldLabel, getConfigData, loadList, MAX_FIELDS, MAX_LIST_ITEMS, MAX_VALUE_LENGTH, testConfigData,
  type ConfigField, type DecodedFields, type FieldWarningCode, type NotSoapReason, type Outcome, type OutcomeKind,
} from '../../lib/protocol';
import { check } from '../../cli/check';
import { FANOUT_ITEMS, FANOUT_LISTS, HOSTILE_KEYS, MARKUP_DESCRIPTION, MARKUP_NAME, MANY_FIELDS, type Canaries } from '../../standin/connector/hostile';
import { HOSTILE_MODES } from '../../standin/connector/modes';
import type { ConnectorMode, Standin } from '../../standin/index';
import { useStandin } from '../../standin/testing';

const TIMEOUT_MS = 1500;
/** Room for the machine being busy: still far below "hangs". */
const MARGIN_MS = 1500;

let s: Standin;
useStandin((started) => (s = started));

const canaries = async (): Promise<Canaries> => (await fetch(`${s.connectorOrigin}/__control/canaries`)).json() as Promise<Canaries>;

type Fields = Outcome<DecodedFields>;
interface HostileCase {
  /** The hostile answer, in words. */
  name: string;
  mode: ConnectorMode;
  /** Which call meets it: reading the fields (default) or testing values. */
  call?: 'fields' | 'test';
  kind: OutcomeKind;
  reason?: NotSoapReason;
  /** Field-level cases: the warnings the consultant is shown, in order. */
  warnings?: Array<[FieldWarningCode, string | null]>;
  check?: (o: Outcome<unknown>) => void | Promise<void>;
}

const field = (o: Outcome<unknown>, key: string): ConfigField => {
  const f = (o as Fields & { kind: 'ok' }).value.fields.find((x) => x.FieldKey === key);
  if (!f) throw new Error(`no field ${key}`);
  return f;
};

export const HOSTILE_CASES: HostileCase[] = [
  { name: 'entity expansion (billion laughs)', mode: 'xml-bomb', kind: 'not-soap', reason: 'doctype' },
  { name: 'an external entity', mode: 'xxe', kind: 'not-soap', reason: 'doctype' },
  {
    name: 'a 50 MB body without Content-Length',
    mode: 'huge-50mb',
    kind: 'too-large',
    check: (o) => expect(o).toMatchObject({ limitBytes: 2 * 1024 * 1024 }),
  },
  {
    name: 'a body that drips one byte a second, forever',
    mode: 'drip',
    kind: 'timeout',
    check: (o) => expect(o.latencyMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 100),
  },
  { name: 'an endless chunked stream', mode: 'endless-chunked', call: 'test', kind: 'timeout' },
  { name: 'Latin-1 bytes declared as UTF-8', mode: 'wrong-charset', kind: 'not-soap', reason: 'bad-encoding' },
  {
    name: 'no charset in Content-Type, Latin-1 named in the XML declaration',
    mode: 'no-charset',
    kind: 'ok',
    warnings: [],
    check: (o) => expect(fieldLabel(field(o, 'info'), 'no')).toContain('demo-økonomisystemet'),
  },
  { name: 'invalid UTF-8 byte sequences', mode: 'invalid-utf8', call: 'test', kind: 'not-soap', reason: 'bad-encoding' },
  { name: 'an HTML sign-in page with status 200', mode: 'html-login', kind: 'not-soap', reason: 'html-page' },
  {
    name: 'a redirect to another origin',
    mode: 'redirect-cross-origin',
    call: 'test',
    kind: 'redirect',
    check: async (o) => {
      expect(o).toMatchObject({ status: 307, sameOrigin: false });
      const location = (o as { location: string }).location;
      expect(location).toMatch(/^http:\/\/localhost:\d+\/__redirected\//);
      expect(o.hint.en).toContain('another server');
      // The canary counts a request that does follow the Location: the check above can fail.
      const before = (await canaries()).redirected;
      await fetch(location, { method: 'POST' });
      expect((await canaries()).redirected).toBe(before + 1);
    },
  },
  { name: '401 asking for Negotiate/NTLM', mode: 'windows-auth', kind: 'not-soap', reason: 'windows-auth' },
  {
    name: 'a SOAP 1.2 fault',
    mode: 'soap12-fault',
    kind: 'soap-fault',
    check: (o) => {
      expect(o).toMatchObject({ version: '1.2', status: 500, faultcode: 's:Receiver a:InternalServiceFault' });
      expect(o).toMatchObject({ faultstring: expect.stringMatching(/unable to process the request/) });
      expect(o.hint.en).toContain('basicHttpBinding');
    },
  },
  {
    name: 'duplicate FieldKeys',
    mode: 'duplicate-fieldkeys',
    kind: 'ok',
    warnings: [['duplicate-key', 'username']],
    check: (o) => {
      const f = o as Fields & { kind: 'ok' };
      expect(f.value.fields.filter((x) => x.FieldKey === 'username')).toHaveLength(1);
      expect(field(o, 'username').FieldType).toBe('Text'); // the first declaration wins
    },
  },
  {
    name: '10,000 fields',
    mode: 'many-fields-10000',
    kind: 'ok',
    warnings: [['too-many-fields', null]],
    check: (o) => {
      const f = o as Fields & { kind: 'ok' };
      expect(f.value.fields).toHaveLength(MAX_FIELDS);
      expect(f.value.fields[0]?.FieldKey).toBe('f1');
      expect(f.value.warnings[0]?.count).toBe(MANY_FIELDS);
    },
  },
  {
    name: 'an unknown FieldType',
    mode: 'unknown-fieldtype',
    kind: 'ok',
    warnings: [['unknown-type', 'colour']],
    check: (o) => {
      expect(field(o, 'colour')).toMatchObject({ FieldType: 'Text', Access: 'ReadOnly', SentFieldType: 'Color', DefaultValue: '#ff0000' });
      expect((o as Fields & { kind: 'ok' }).value.warnings[0]?.sent).toBe('Color');
    },
  },
  {
    name: 'script and markup in DisplayName',
    mode: 'markup-displayname',
    kind: 'ok',
    warnings: [],
    check: (o) => {
      // Kept verbatim as text: the panel shows it as text (Preact escapes, no raw HTML anywhere).
      expect(fieldLabel(field(o, 'markup'), 'en')).toBe(MARKUP_NAME);
      expect(fieldDescription(field(o, 'markup'), 'en')).toBe(MARKUP_DESCRIPTION);
    },
  },
  {
    name: 'a negative MaxLength',
    mode: 'bad-maxlength',
    kind: 'ok',
    warnings: [['bad-max-length', 'shortCode'], ['bad-max-length', 'longNote']],
    check: (o) => {
      expect(field(o, 'shortCode').MaxLength).toBe(MAX_VALUE_LENGTH);
      expect((o as Fields & { kind: 'ok' }).value.warnings[0]?.sent).toBe('-5');
    },
  },
  {
    name: 'a huge MaxLength',
    mode: 'bad-maxlength',
    kind: 'ok',
    warnings: [['bad-max-length', 'shortCode'], ['bad-max-length', 'longNote']],
    check: (o) => {
      expect(field(o, 'longNote').MaxLength).toBe(MAX_VALUE_LENGTH);
      expect((o as Fields & { kind: 'ok' }).value.warnings[1]?.sent).toBe('2147483647');
    },
  },
  {
    name: 'a non-numeric Rank',
    mode: 'non-numeric-rank',
    kind: 'ok',
    warnings: [['bad-rank', 'region'], ['bad-rank', 'branch']],
    check: (o) => {
      const keys = (o as Fields & { kind: 'ok' }).value.fields.map((f) => f.FieldKey);
      expect(keys.slice(-2)).toEqual(['region', 'branch']); // placed last, in the order sent
      expect(field(o, 'region').Rank).toBeNull();
    },
  },
  {
    name: 'malformed encoded defaults',
    mode: 'malformed-defaults',
    kind: 'ok',
    warnings: (['retries', 'bigCount', 'factor', 'since', 'archive', 'fixedCode'] as const).map((k) => ['bad-default', k]),
    check: (o) => {
      for (const k of ['retries', 'bigCount', 'factor', 'since', 'archive', 'fixedCode']) expect(decodeDefault(field(o, k)), k).toBeNull();
    },
  },
  {
    name: 'defaults of 5,000 whitespace characters inside [F: and [DT: (ReDoS)',
    mode: 'regex-bomb-defaults',
    kind: 'ok',
    warnings: [['bad-default', 'bombFactor'], ['bad-default', 'bombSince']],
    check: (o) => {
      // Longer than any value the CRM keeps: dropped before anything decodes it.
      expect(decodeDefault(field(o, 'bombFactor'))).toEqual({ type: 'Double', value: null });
      expect(field(o, 'bombSince').DefaultValue).toBe('');
    },
  },
  {
    name: 'a flood of namespace declarations (about 0.5 MB)',
    mode: 'namespace-flood',
    kind: 'not-soap',
    reason: 'not-xml',
    check: (o) => expect(o).toMatchObject({ detail: expect.stringMatching(/^too-many-attributes: /) }),
  },
  {
    name: 'FieldKeys __proto__, constructor and prototype',
    mode: 'hostile-fieldkeys',
    kind: 'ok',
    warnings: HOSTILE_KEYS.map((k) => ['reserved-key', k]),
    check: (o) => {
      const f = o as Fields & { kind: 'ok' };
      expect(f.value.fields.some((x) => (HOSTILE_KEYS as readonly string[]).includes(x.FieldKey))).toBe(false);
      expect(f.value.fields.length).toBeGreaterThan(0); // the connector's own fields are still there
    },
  },
  {
    name: '500 List fields, each with its own list (the fields alone)',
    mode: 'list-fanout-500',
    kind: 'ok',
    warnings: [],
    check: (o) => expect((o as Fields & { kind: 'ok' }).value.fields.filter((x) => x.FieldType === 'List')).toHaveLength(FANOUT_LISTS),
  },
];

const before = { xxe: 0, redirected: 0 };

describe(`hostile connector answers (${HOSTILE_CASES.length} cases)`, () => {
  it('cover every hostile stand-in mode, plus the sign-in page and Windows sign-in', () => {
    const modes = new Set(HOSTILE_CASES.map((c) => c.mode));
    for (const m of HOSTILE_MODES) expect(modes.has(m), m).toBe(true);
    expect(modes.has('html-login') && modes.has('windows-auth')).toBe(true);
  });

  it.each(HOSTILE_CASES.map((c) => [c.name, c] as const))('%s → classified, within the timeout', async (_name, c) => {
    Object.assign(before, await canaries());
    s.setConnectorMode('finance', c.mode);
    const url = s.connectorUrl('finance');
    const started = performance.now();
    const o: Outcome<unknown> = c.call === 'test' ? await testConfigData(url, { companyDb: 'DEMO' }, { timeoutMs: TIMEOUT_MS }) : await getConfigData(url, { timeoutMs: TIMEOUT_MS });
    const wall = performance.now() - started;
    expect(o.kind, JSON.stringify(o).slice(0, 300)).toBe(c.kind);
    if (c.reason) expect(o).toMatchObject({ reason: c.reason });
    expect(wall).toBeLessThan(TIMEOUT_MS + MARGIN_MS);
    expect(o.latencyMs).toBeLessThan(TIMEOUT_MS + MARGIN_MS);
    expect(o.hint.en.length).toBeGreaterThan(10);
    expect(o.hint.no.length).toBeGreaterThan(10);
    if (c.warnings) {
      const got = (o as Fields & { kind: 'ok' }).value.warnings.map((w) => [w.code, w.FieldKey]);
      expect(got).toEqual(c.warnings);
    }
    // Nothing was fetched that must never be.
    expect(await canaries()).toEqual(before);
    await c.check?.(o);
  });

  it('500 lists of 20,000 items each: one field load (the CLI\'s) ends within the timeout plus 2 s, under 400 MB', async () => {
    s.setConnectorMode('finance', 'list-fanout-500');
    const url = s.connectorUrl('finance');
    let peak = process.memoryUsage().heapUsed;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
    const started = performance.now();
    try {
      const report = await check({ url, fields: {}, lang: 'en', json: true, timeoutMs: 4000, namespace: undefined, memberNamespace: undefined, help: false });
      const wall = performance.now() - started;
      expect(wall).toBeLessThan(4000 + 2000);
      expect(peak).toBeLessThan(400 * 1024 * 1024);
      expect(report.outcome).toBe('ok');
      // Every list was asked about, but after the byte budget ran out none made a request.
      const lists = report.calls.filter((c) => c.operation === 'WSGetList');
      expect(lists).toHaveLength(FANOUT_LISTS);
      const fetched = lists.filter((c) => c.kind === 'ok');
      expect(fetched.length).toBeGreaterThan(0);
      expect(fetched.length).toBeLessThan(10);
      expect(lists.at(-1)?.kind).toMatch(/^(too-large|timeout)$/);
      // Once the budget is spent, no list makes a request at all (latency 0: answered from the budget).
      expect(lists.filter((c) => c.latencyMs > 0).length).toBeLessThan(10);
      const first = report.fields.find((f) => f.ListName === 'list0');
      expect(first?.items).toHaveLength(MAX_LIST_ITEMS);
      expect(report.warnings).toContain(`List list0: the connector sent ${FANOUT_ITEMS} items; only the first ${MAX_LIST_ITEMS} are used`);
    } finally {
      clearInterval(sampler);
    }
  });

  it('the field load\'s time budget holds across calls: slow lists end it at the timeout, not per list', async () => {
    s.setConnectorMode('finance', 'slow');
    const url = s.connectorUrl('finance');
    const load = createFieldLoad(1500, Infinity);
    const started = performance.now();
    const kinds: string[] = [];
    for (let i = 0; i < 5; i++) kinds.push((await loadList(load, url, 'departments', { timeoutMs: 1500 })).kind);
    expect(performance.now() - started).toBeLessThan(1500 + MARGIN_MS);
    expect(kinds).toEqual(['timeout', 'timeout', 'timeout', 'timeout', 'timeout']);
    expect(load.msLeft).toBeLessThan(1);
  });

  it('the XXE canary does count a fetch, so "never fetched" above can fail', async () => {
    const n = (await canaries()).xxe;
    await fetch(`${s.connectorOrigin}/__xxe`);
    expect((await canaries()).xxe).toBe(n + 1);
  });
});

afterAll(() => {
  process.stdout.write(`hostile connector answers: ${HOSTILE_CASES.length} cases\n`);
});
