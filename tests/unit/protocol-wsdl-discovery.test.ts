// Discovery over a fake fetch: what is requested, in which order, and what is never requested
// (hostile WSDLs: an import elsewhere, 1,000 imports, a huge document, an entity, a redirect).
import { describe, expect, it } from 'vitest';
import { discoverContract, MAX_METADATA_BYTES } from '../../lib/protocol/discovery';
import { DC, singleWsdl, splitWsdl } from './wsdl-fixtures';

const URL_ = 'https://erp.example.com/sync/ErpConnectorWS.svc';
const BASE = 'https://erp.example.com/sync/ErpConnectorWS.svc';

type Answer = string | { status?: number; body?: string; type?: string; headers?: Record<string, string> };

function fakeFetch(routes: Record<string, Answer>) {
  const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init });
    const a = routes[url];
    if (a === undefined) return new Response('<html><body>Not here</body></html>', { status: 404, headers: { 'Content-Type': 'text/html' } });
    const x = typeof a === 'string' ? { body: a } : a;
    return new Response(x.body ?? '', { status: x.status ?? 200, headers: { 'Content-Type': x.type ?? 'text/xml; charset=UTF-8', ...x.headers } });
  }) as typeof globalThis.fetch;
  return { fetch, calls, urls: () => calls.map((c) => c.url) };
}

describe('discoverContract', () => {
  it('reads ?singleWsdl first, from the path (a ?ConnectorName= query is the same contract), with no credentials and no redirects', async () => {
    const f = fakeFetch({ [`${BASE}?singleWsdl`]: singleWsdl() });
    const d = await discoverContract(`${URL_}?ConnectorName=Acme#x`, { fetch: f.fetch });
    expect(d.kind).toBe('found');
    expect(d.kind === 'found' && d.operations.WSTestConfigData?.memberNamespace).toBe(DC);
    expect(f.urls()).toEqual([`${BASE}?singleWsdl`]);
    expect(f.calls[0]?.init).toMatchObject({ method: 'GET', redirect: 'manual', credentials: 'omit' });
  });

  it('falls back to ?wsdl and follows its imports (absolute and relative), each document once', async () => {
    const f = fakeFetch(splitWsdl(BASE, true));
    const d = await discoverContract(URL_, { fetch: f.fetch });
    expect(d.kind).toBe('found');
    expect(f.urls()).toEqual([`${BASE}?singleWsdl`, `${BASE}?wsdl`, `${BASE}?wsdl=wsdl0`, `${BASE}?xsd=xsd0`, `${BASE}?xsd=xsd1`, `${BASE}?xsd=xsd2`]);
  });

  it('metadata publishing disabled: unavailable, reason disabled, after asking both addresses', async () => {
    const page = '<html><body><p>Metadata publishing for this service is currently disabled.</p></body></html>';
    const f = fakeFetch({ [`${BASE}?singleWsdl`]: { body: page, type: 'text/html' }, [`${BASE}?wsdl`]: { body: page, type: 'text/html' } });
    const d = await discoverContract(URL_, { fetch: f.fetch });
    expect(d).toMatchObject({ kind: 'unavailable', reason: 'disabled' });
    expect(f.urls().length).toBe(2);
  });

  it('404, an HTML page, or not a WSDL: unavailable with the reason', async () => {
    expect(await discoverContract(URL_, { fetch: fakeFetch({}).fetch })).toMatchObject({ kind: 'unavailable', reason: 'not-found' });
    const html = fakeFetch({ [`${BASE}?wsdl`]: { body: '<!DOCTYPE html><html><title>Sign in</title></html>', type: 'text/html' } });
    expect(await discoverContract(URL_, { fetch: html.fetch })).toMatchObject({ kind: 'unavailable', reason: 'html' });
    const xml = fakeFetch({ [`${BASE}?wsdl`]: '<root/>' });
    expect(await discoverContract(URL_, { fetch: xml.fetch })).toMatchObject({ kind: 'unavailable', reason: 'not-wsdl' });
  });

  it('refuses a WSDL that imports from another origin, before fetching any of its imports', async () => {
    const docs = splitWsdl(BASE);
    const wsdl0 = `${BASE}?wsdl=wsdl0`;
    // The cross-origin import comes second: the same-origin one before it must not be fetched either.
    docs[wsdl0] = (docs[wsdl0] as string).replace('<xsd:import namespace="http://no-location.example/"/>', '<xsd:import schemaLocation="https://evil.example/x.xsd" namespace="urn:x"/>');
    const f = fakeFetch(docs);
    const d = await discoverContract(URL_, { fetch: f.fetch });
    expect(d).toMatchObject({ kind: 'refused', reason: 'cross-origin-import' });
    expect(d.kind === 'refused' && d.detail).toContain('https://evil.example/x.xsd');
    expect(f.urls()).toEqual([`${BASE}?singleWsdl`, `${BASE}?wsdl`, wsdl0]);
  });

  it('refuses another scheme or port on the same host as another origin', async () => {
    for (const loc of ['http://erp.example.com/sync/ErpConnectorWS.svc?xsd=xsd0', 'https://erp.example.com:8443/x.xsd', 'file:///etc/passwd', '//evil.example/x']) {
      const single = singleWsdl().replace('<xs:element name="WSGetConfigData">', `<xs:include schemaLocation="${loc}"/><xs:element name="WSGetConfigData">`);
      const f = fakeFetch({ [`${BASE}?singleWsdl`]: single });
      expect(await discoverContract(URL_, { fetch: f.fetch }), loc).toMatchObject({ kind: 'refused', reason: 'cross-origin-import' });
      expect(f.urls()).toEqual([`${BASE}?singleWsdl`]);
    }
  });

  it('refuses 1,000 imports without fetching one of them (at most 16 documents)', async () => {
    const imports = Array.from({ length: 1000 }, (_, i) => `<wsdl:import namespace="urn:n${i}" location="${BASE}?wsdl=wsdl${i}"/>`).join('');
    const root = `<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" targetNamespace="urn:t">${imports}</wsdl:definitions>`;
    const f = fakeFetch({ [`${BASE}?singleWsdl`]: root });
    const d = await discoverContract(URL_, { fetch: f.fetch });
    expect(d).toMatchObject({ kind: 'refused', reason: 'too-many-documents' });
    expect(f.urls()).toEqual([`${BASE}?singleWsdl`]);
  });

  it('stops at 16 documents even when each imports only one more', async () => {
    const routes: Record<string, string> = {};
    for (let i = 0; i < 40; i++) {
      routes[i === 0 ? `${BASE}?singleWsdl` : `${BASE}?wsdl=wsdl${i}`] =
        `<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" targetNamespace="urn:t${i}"><wsdl:import namespace="urn:n" location="${BASE}?wsdl=wsdl${i + 1}"/></wsdl:definitions>`;
    }
    const f = fakeFetch(routes);
    expect(await discoverContract(URL_, { fetch: f.fetch })).toMatchObject({ kind: 'refused', reason: 'too-many-documents' });
    expect(f.urls().length).toBeLessThanOrEqual(16);
  });

  it('refuses a huge document, declared or streamed, reading no more than the cap', async () => {
    const huge = `<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/"><!--${'x'.repeat(MAX_METADATA_BYTES + 10)}--></wsdl:definitions>`;
    const declared = fakeFetch({ [`${BASE}?singleWsdl`]: huge });
    expect(await discoverContract(URL_, { fetch: declared.fetch })).toMatchObject({ kind: 'refused', reason: 'too-large' });
    let pulled = 0;
    const streamed = (async () => {
      const body = new ReadableStream<Uint8Array>({
        pull(c) {
          pulled += 65536;
          c.enqueue(new Uint8Array(65536).fill(0x20));
        },
      });
      return new Response(body, { status: 200, headers: { 'Content-Type': 'text/xml' } });
    }) as typeof fetch;
    expect(await discoverContract(URL_, { fetch: streamed })).toMatchObject({ kind: 'refused', reason: 'too-large' });
    expect(pulled).toBeLessThan(MAX_METADATA_BYTES + 4 * 65536);
  });

  it('refuses a DOCTYPE with entities unread (billion laughs, external entity)', async () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;"><!ENTITY x SYSTEM "${BASE}?xsd=secret">]><wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/">&b;&x;</wsdl:definitions>`;
    const f = fakeFetch({ [`${BASE}?singleWsdl`]: bomb });
    expect(await discoverContract(URL_, { fetch: f.fetch })).toMatchObject({ kind: 'refused', reason: 'doctype' });
    expect(f.urls()).toEqual([`${BASE}?singleWsdl`]);
  });

  it('does not follow a redirect', async () => {
    const f = fakeFetch({ [`${BASE}?singleWsdl`]: { status: 302, headers: { Location: 'https://evil.example/x' } } });
    expect(await discoverContract(URL_, { fetch: f.fetch })).toMatchObject({ kind: 'refused', reason: 'redirect' });
    expect(f.urls()).toEqual([`${BASE}?singleWsdl`]);
  });

  it('asks the permission hook first: no permission, no request', async () => {
    const f = fakeFetch({ [`${BASE}?singleWsdl`]: singleWsdl() });
    expect(await discoverContract(URL_, { fetch: f.fetch, isPermitted: () => false })).toMatchObject({ kind: 'refused', reason: 'not-permitted' });
    expect(f.urls()).toEqual([]);
  });

  it('keeps the whole discovery within one deadline, a document that never ends included', async () => {
    const never = (async (_u: string | URL | Request, init?: RequestInit) =>
      new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('<wsdl:definitions')); init?.signal?.addEventListener('abort', () => c.error(new DOMException('aborted', 'AbortError'))); } }), { status: 200 })) as typeof fetch;
    const started = Date.now();
    expect(await discoverContract(URL_, { fetch: never, timeoutMs: 300 })).toMatchObject({ kind: 'unavailable', reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('an import that is missing makes the WSDL unusable (not found), not a crash', async () => {
    const docs = splitWsdl(BASE);
    delete docs[`${BASE}?xsd=xsd1`];
    const d = await discoverContract(URL_, { fetch: fakeFetch(docs).fetch });
    expect(d.kind).toBe('unavailable');
  });
});
