// @vitest-environment node
// Hostile connector answers, on top of the ordinary failure modes: one case each, through the
// protocol client against the real stand-in over loopback. Every case must end in a classified
// outcome with a hint in both languages, within the timeout plus a margin, and must never make
// the client fetch anything it should not (the XXE target, the redirect's other origin).
import { afterAll, describe, expect, it } from 'vitest';
import {
  decodeDefault, fieldDescription, fieldLabel, getConfigData, MAX_FIELDS, MAX_VALUE_LENGTH, testConfigData,
  type ConfigField, type DecodedFields, type FieldWarningCode, type NotSoapReason, type Outcome, type OutcomeKind,
} from '../../lib/protocol';
import { MARKUP_DESCRIPTION, MARKUP_NAME, MANY_FIELDS, type Canaries } from '../../standin/connector/hostile';
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

  it('the XXE canary does count a fetch, so "never fetched" above can fail', async () => {
    const n = (await canaries()).xxe;
    await fetch(`${s.connectorOrigin}/__xxe`);
    expect((await canaries()).xxe).toBe(n + 1);
  });
});

afterAll(() => {
  process.stdout.write(`hostile connector answers: ${HOSTILE_CASES.length} cases\n`);
});
