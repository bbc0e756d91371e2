// @vitest-environment node
// The client against the stand-in's strict WCF profile over HTTP: a vendor contract whose
// namespaces are not the defaults, found from its WSDL; without metadata, the diagnosis, the
// learned member namespace and the override; the CLI's "done when"; the stand-in CRM's own calls.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONTRACT_NS, fieldsWithContract, getConfigData, testConfigData, testWithContract,
  type ConnectorContract, type ContractStore,
} from '../../lib/protocol';
import { STRICT_CONTRACT } from '../../standin/connector/profiles';
import type { startStandin } from '../../standin/index';
import { json, openSession, useStandin } from '../../standin/testing';

let standin: Awaited<ReturnType<typeof startStandin>>;
useStandin((s) => (standin = s));
const url = () => standin.connectorUrl('strict');
const GOOD = { companyDb: 'DEMO', username: 'demo', password: 'demo123' };
const BAD = { companyDb: 'DEMO', username: 'demo', password: 'nope' };

function memoryStore() {
  const m = new Map<string, ConnectorContract>();
  const store: ContractStore = { get: (k) => m.get(k), set: (k, c) => void m.set(k, c), drop: (k) => void m.delete(k) };
  return { m, store };
}

/** Counts the stand-in's GETs (metadata requests) by wrapping fetch. */
function countingFetch() {
  const seen: string[] = [];
  const f = ((input: string | URL | Request, init?: RequestInit) => {
    if ((init?.method ?? 'GET') === 'GET') seen.push(String(input));
    return fetch(input, init);
  }) as typeof fetch;
  return { f, seen };
}

const CLI = resolve(process.cwd(), 'cli/bin.mjs');
function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...process.env, LANG: 'C', LC_ALL: '' }, timeout: 30_000 }, (err, stdout, stderr) => {
      done({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

describe('strict WCF connector', () => {
  it('really is strict: the default contract gets ActionNotSupported, a contract mismatch with a hint', async () => {
    const o = await getConfigData(url());
    expect(o.kind).toBe('contract-mismatch');
    expect(o.hint.en).toMatch(/contract namespace/);
    expect(o.hint.no).toMatch(/navnerom/);
  });

  it('right action, wrapper in another namespace: DeserializationFailed, also a contract mismatch', async () => {
    const o = await getConfigData(url(), { protocol: { namespace: 'urn:wrong', soapAction: (op) => `${STRICT_CONTRACT.contract}/IErpConnectorWS/${op}` } });
    expect(o.kind === 'contract-mismatch' && o.faultcode).toBe('a:DeserializationFailed');
  });

  it('members in the service namespace are not read: the connector answers the null-reference text', async () => {
    const o = await testConfigData(url(), GOOD, { protocol: { namespace: STRICT_CONTRACT.contract } });
    expect(o.kind === 'connector-error' && o.UserExplanation).toBe('Object reference not set to an instance of an object.');
    expect(o.hint.en).toMatch(/namespace of its request members/);
  });

  it('discovers the contract from its WSDL: fields, list items, a failing and a passing test', async () => {
    const { store } = memoryStore();
    const got = await fieldsWithContract(url(), { store });
    expect(got.fields.kind).toBe('ok');
    expect(got.fields.kind === 'ok' && got.fields.value.fields.map((f) => f.FieldKey)).toContain('companyDb');
    expect(got.lists.departments?.kind === 'ok' && got.lists.departments.value.map((i) => i.key)).toEqual(['100', '200', '300', '400']);
    expect(got.contract).toMatchObject({ namespace: STRICT_CONTRACT.contract, namespaceSource: 'wsdl', memberNamespace: STRICT_CONTRACT.data, memberSource: 'wsdl' });
    expect(got.contract.wsdlUrl).toMatch(/\?singleWsdl$/);
    const bad = await testWithContract(url(), BAD, { store });
    expect(bad.outcome.kind === 'connector-error' && bad.outcome.UserExplanation).toMatch(/user name or password is wrong/);
    expect((await testWithContract(url(), GOOD, { store })).outcome.kind).toBe('ok');
  });

  it('reads the split WSDL the same way when ?singleWsdl is not there', async () => {
    const f = ((input: string | URL | Request, init?: RequestInit) =>
      String(input).endsWith('?singleWsdl') ? Promise.resolve(new Response('Bad Request', { status: 400 })) : fetch(input, init)) as typeof fetch;
    const got = await fieldsWithContract(url(), { fetch: f });
    expect(got.contract).toMatchObject({ namespaceSource: 'wsdl', memberNamespace: STRICT_CONTRACT.data });
    expect(got.contract.wsdlUrl).toMatch(/\?wsdl$/);
    expect(got.fields.kind).toBe('ok');
  });

  it('a test against a known connector makes no metadata requests; a mismatch on a cached contract rediscovers once', async () => {
    const { m, store } = memoryStore();
    const first = countingFetch();
    await fieldsWithContract(url(), { store, fetch: first.f });
    expect(first.seen.length).toBeGreaterThan(0);
    const again = countingFetch();
    expect((await testWithContract(url(), GOOD, { store, fetch: again.f })).outcome.kind).toBe('ok');
    expect(again.seen).toEqual([]);
    // A stale cache entry (another contract): one mismatch, then discovery again, then ok.
    const [key] = [...m.keys()];
    m.set(key as string, { namespace: 'urn:stale', namespaceSource: 'wsdl', memberNamespace: 'urn:stale', memberSource: 'wsdl' });
    const stale = countingFetch();
    const r = await testWithContract(url(), GOOD, { store, fetch: stale.f });
    expect(r.outcome.kind).toBe('ok');
    expect(r.contract.namespace).toBe(STRICT_CONTRACT.contract);
    expect(stale.seen.length).toBeGreaterThan(0);
  });

  it('metadata disabled: the diagnosis; with the namespace entered the member namespace is learned and all passes', async () => {
    standin.setConnectorMode('strict', 'no-metadata');
    const none = await fieldsWithContract(url());
    expect(none.fields.kind).toBe('contract-mismatch');
    expect(none.contract).toMatchObject({ namespace: DEFAULT_CONTRACT_NS, namespaceSource: 'default', discovery: { kind: 'unavailable', reason: 'disabled' } });
    const { store } = memoryStore();
    const override = { namespace: STRICT_CONTRACT.contract };
    const got = await fieldsWithContract(url(), { override, store });
    expect(got.fields.kind).toBe('ok');
    expect(got.contract).toMatchObject({ namespaceSource: 'entered', memberNamespace: STRICT_CONTRACT.data, memberSource: 'learned' });
    expect(got.lists.departments?.kind).toBe('ok');
    expect((await testWithContract(url(), BAD, { override, store })).outcome.kind).toBe('connector-error');
    expect((await testWithContract(url(), GOOD, { override, store })).outcome.kind).toBe('ok');
    // Both entered: nothing left to learn, the test passes on its own first call.
    const both = await testWithContract(url(), GOOD, { override: { namespace: STRICT_CONTRACT.contract, memberNamespace: STRICT_CONTRACT.data } });
    expect(both.outcome.kind).toBe('ok');
    expect(both.contract.memberSource).toBe('entered');
  });

  it('a WSDL importing from another origin is refused and reported, the import never fetched', async () => {
    standin.setConnectorMode('strict', 'wsdl-foreign-import');
    const canaries = async () => ((await (await fetch(`${standin.connectorOrigin}/__control/canaries`)).json()) as { redirected: number }).redirected;
    const before = await canaries();
    const got = await fieldsWithContract(url());
    expect(got.contract.discovery).toMatchObject({ kind: 'refused', reason: 'cross-origin-import' });
    expect(got.contract.discovery?.detail).toMatch(/__redirected\/imported\.xsd/);
    // Without its contract the strict connector refuses the default one: the diagnosis, nothing insecure.
    expect(got.fields.kind).toBe('contract-mismatch');
    expect(await canaries()).toBe(before);
  });

  it('the default contract on the lenient profiles still works, without a WSDL that describes it', async () => {
    const got = await fieldsWithContract(standin.connectorUrl('finance'));
    expect(got.fields.kind).toBe('ok');
    expect(got.contract.namespace).toBe(DEFAULT_CONTRACT_NS);
  });

  it('the stand-in CRM (which knows the real contract) reads and tests the strict connector', async () => {
    const b = await openSession(standin);
    expect(await json(b.agent('TestConnectorUrl', { Url: url() }))).toBe('NoError');
  });
});

describe('erp-connector-check (the bin) against the strict connector', () => {
  it('without a namespace: lists fields and list items, prints where the contract came from (exit 0)', async () => {
    const r = await cli(url());
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Contract: ${STRICT_CONTRACT.contract} (read from the connector's WSDL`);
    expect(r.stdout).toContain('items (departments): 100=Salg');
  });

  it('a failing test shows the UserExplanation (exit 1), a passing one exits 0', async () => {
    const bad = await cli(url(), '--field', 'companyDb=DEMO', '--field', 'username=demo', '--field', 'password=nope');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('The user name or password is wrong.');
    const good = await cli(url(), '--field', 'companyDb=DEMO', '--field', 'username=demo', '--field', 'password=demo123');
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('TEST PASSED');
  });

  it('metadata disabled: exit 4 with the contract-mismatch diagnosis; passes with the namespaces given', async () => {
    standin.setConnectorMode('strict', 'no-metadata');
    const r = await cli(url(), '--field', 'companyDb=DEMO', '--field', 'username=demo', '--field', 'password=demo123');
    expect(r.code).toBe(4);
    expect(r.stdout).toContain('contract-mismatch');
    expect(r.stdout).toMatch(/--namespace/);
    const given = await cli(url(), '--namespace', STRICT_CONTRACT.contract, '--field', 'companyDb=DEMO', '--field', 'username=demo', '--field', 'password=demo123', '--lang', 'no');
    expect(given.code, given.stdout).toBe(0);
    expect(given.stdout).toContain(`Kontrakt: ${STRICT_CONTRACT.contract} (fylt inn)`);
    expect(given.stdout).toContain(`${STRICT_CONTRACT.data} (lært fra koblingens svar)`);
    const both = await cli(url(), '--namespace', STRICT_CONTRACT.contract, '--member-namespace', STRICT_CONTRACT.data, '--json');
    expect(both.code).toBe(0);
    expect(JSON.parse(both.stdout).contract).toMatchObject({ namespaceSource: 'entered', memberSource: 'entered' });
  });
});
