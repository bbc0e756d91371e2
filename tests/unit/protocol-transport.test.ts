// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getConfigData, testConfigData } from '../../lib/protocol/client';
import { buildGetConfigData } from '../../lib/protocol/soap';
import { clampTimeout, MAX_TIMEOUT_MS, postSoap } from '../../lib/protocol/transport';

const URL_OK = new URL('https://erp.example.com/ErpConnectorWS.svc');
const OK_XML = '<s:Envelope xmlns:s="x"><s:Body><WSGetConfigDataResponse><WSGetConfigDataResult><IsOk>true</IsOk></WSGetConfigDataResult></WSGetConfigDataResponse></s:Body></s:Envelope>';

/** A fetch that never answers until its signal aborts. */
const hangingFetch: typeof fetch = (_u, init) =>
  new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));

/** A body that streams `chunk` forever (until cancelled). */
function endless(chunk: Uint8Array, counter: { pulled: number }) {
  return new ReadableStream<Uint8Array>({
    pull(c) {
      counter.pulled += chunk.byteLength;
      c.enqueue(chunk);
    },
  });
}

describe('postSoap', () => {
  it('sends a SOAP 1.1 POST with the quoted SOAPAction, no redirects followed, no credentials', async () => {
    let seen: RequestInit | undefined;
    const fake: typeof fetch = async (_u, init) => ((seen = init), new Response(OK_XML, { status: 200 }));
    const r = await postSoap(URL_OK, buildGetConfigData(), { fetch: fake });
    expect(r.kind).toBe('answer');
    expect(seen).toMatchObject({ method: 'POST', redirect: 'manual', credentials: 'omit' });
    expect((seen?.headers as Record<string, string>).SOAPAction).toBe('"http://www.superoffice.net/EIS/Connector/1.0/IErpConnectorWS/WSGetConfigData"');
    expect((seen?.headers as Record<string, string>)['Content-Type']).toBe('text/xml; charset=utf-8');
  });

  it('times out while waiting for headers', async () => {
    const r = await postSoap(URL_OK, buildGetConfigData(), { fetch: hangingFetch, timeoutMs: 50 });
    expect(r).toMatchObject({ kind: 'timeout', timeoutMs: 50 });
    expect(r.latencyMs).toBeGreaterThanOrEqual(40);
  });

  it('times out while the body trickles in', async () => {
    const fake: typeof fetch = async (_u, init) => {
      const body = new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(new TextEncoder().encode('<s:Envelope'));
          init?.signal?.addEventListener('abort', () => c.error(new DOMException('aborted', 'AbortError')));
        },
      });
      return new Response(body, { status: 200 });
    };
    expect(await postSoap(URL_OK, buildGetConfigData(), { fetch: fake, timeoutMs: 50 })).toMatchObject({ kind: 'timeout' });
  });

  it('is cancelled by the caller, before or during the request', async () => {
    const pre = new AbortController();
    pre.abort();
    let called = false;
    const spy: typeof fetch = async () => ((called = true), new Response(''));
    expect(await postSoap(URL_OK, buildGetConfigData(), { fetch: spy, signal: pre.signal })).toEqual({ kind: 'cancelled', latencyMs: 0 });
    expect(called).toBe(false);
    const during = new AbortController();
    setTimeout(() => during.abort(), 20);
    expect(await postSoap(URL_OK, buildGetConfigData(), { fetch: hangingFetch, signal: during.signal, timeoutMs: 5000 })).toMatchObject({ kind: 'cancelled' });
  });

  it('stops reading at the size cap, by Content-Length or by counting the stream', async () => {
    const declared: typeof fetch = async () => new Response('x', { headers: { 'Content-Length': '999999999' } });
    expect(await postSoap(URL_OK, buildGetConfigData(), { fetch: declared, maxBytes: 1000 })).toMatchObject({ kind: 'too-large', limitBytes: 1000 });
    const counter = { pulled: 0 };
    const streaming: typeof fetch = async () => new Response(endless(new Uint8Array(4096), counter));
    expect(await postSoap(URL_OK, buildGetConfigData(), { fetch: streaming, maxBytes: 100_000 })).toMatchObject({ kind: 'too-large' });
    expect(counter.pulled).toBeLessThan(200_000);
  });

  it('treats an opaque redirect (service worker) as a redirect with an unknown location', async () => {
    const opaque = { type: 'opaqueredirect', status: 0, statusText: '', headers: new Headers(), body: null } as unknown as Response;
    const r = await postSoap(URL_OK, buildGetConfigData(), { fetch: async () => opaque });
    expect(r).toMatchObject({ kind: 'redirect', status: 0, location: null, sameOrigin: null });
  });

  it('decodes the body by the declared charset', async () => {
    const latin1 = new Uint8Array([0x3c, 0x61, 0x3e, 0xe6, 0xf8, 0xe5, 0x3c, 0x2f, 0x61, 0x3e]);
    const fake: typeof fetch = async () => new Response(latin1, { headers: { 'Content-Type': 'text/xml; charset=iso-8859-1' } });
    const r = await postSoap(URL_OK, buildGetConfigData(), { fetch: fake });
    expect(r.kind === 'answer' && r.answer.body).toBe('<a>æøå</a>');
  });

  it('turns a thrown network error into unreachable', async () => {
    const fake: typeof fetch = async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND erp' } });
    };
    expect(await postSoap(URL_OK, buildGetConfigData(), { fetch: fake })).toMatchObject({ kind: 'unreachable', cause: 'dns' });
  });

  it('clamps the timeout below the MV3 fetch limit', () => {
    expect(clampTimeout(undefined)).toBe(15_000);
    expect(clampTimeout(60_000)).toBe(MAX_TIMEOUT_MS);
    expect(clampTimeout(0)).toBe(1);
    expect(clampTimeout(NaN)).toBe(15_000);
  });
});

describe('client gatekeeping', () => {
  it('makes no request for a bad URL or when not permitted, and treats a failing permission check as no', async () => {
    let calls = 0;
    const spy: typeof fetch = async () => (calls++, new Response(OK_XML));
    expect(await getConfigData('app://abc', { fetch: spy })).toMatchObject({ kind: 'bad-url', reason: 'app-url', latencyMs: 0, operation: 'WSGetConfigData' });
    const asked: string[] = [];
    const denied = await getConfigData('https://erp.example.com:8443/ErpConnectorWS.svc', { fetch: spy, isPermitted: (o) => (asked.push(o), false) });
    expect(denied).toMatchObject({ kind: 'not-permitted', origin: 'https://erp.example.com:8443' });
    expect(denied.hint.no).toContain('https://erp.example.com:8443');
    expect(asked).toEqual(['https://erp.example.com:8443']);
    const broken = await testConfigData('https://erp.example.com/', {}, { fetch: spy, isPermitted: async () => { throw new Error('no API'); } });
    expect(broken.kind).toBe('not-permitted');
    expect(calls).toBe(0);
    const allowed = await getConfigData('https://erp.example.com/', { fetch: spy, isPermitted: async () => true });
    expect(allowed).toMatchObject({ kind: 'ok', value: { fields: [], warnings: [] } });
    expect(calls).toBe(1);
  });
});
