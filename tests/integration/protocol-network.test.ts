// @vitest-environment node
// Outcomes the stand-in cannot produce, over real loopback HTTP(S): refused connections,
// redirects, self-signed TLS, streamed floods, plain HTTP errors, and the request on the wire.
import { afterEach, describe, expect, it } from 'vitest';
import { getConfigData, testConfigData, testConnection } from '../../lib/protocol';
import { closedPortUrl, startHttp, startSelfSignedHttps, type Running } from '../fixtures/protocol/servers';

const OK = (op: string) =>
  `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><${op}Response xmlns="http://www.superoffice.net/EIS/Connector/1.0"><${op}Result xmlns:a="http://www.superoffice.net/EIS/Connector/1.0"><a:IsOk>true</a:IsOk><a:State>Ok</a:State></${op}Result></${op}Response></s:Body></s:Envelope>`;

const running: Running[] = [];
async function server(start: Promise<Running>): Promise<Running> {
  const s = await start;
  running.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
});

describe('over the wire', () => {
  it('sends a SOAP 1.1 POST with the quoted SOAPAction and the escaped ConnectionInfo map', async () => {
    const s = await server(startHttp((_q, res) => res.writeHead(200, { 'Content-Type': 'text/xml' }).end(OK('WSTestConfigData'))));
    const o = await testConfigData(s.url, { 'a&b': '<x>' });
    expect(o.kind).toBe('ok');
    const [req] = s.requests;
    expect(req?.method).toBe('POST');
    expect(req?.soapAction).toBe('"http://www.superoffice.net/EIS/Connector/1.0/IErpConnectorWS/WSTestConfigData"');
    expect(req?.body).toContain('<b:Key>a&amp;b</b:Key><b:Value>&lt;x&gt;</b:Value>');
    expect(req?.body).toContain('<ConnectionGuid>00000000-0000-0000-0000-000000000000</ConnectionGuid>');
  });

  it('uses an overridden namespace for the body and the SOAPAction', async () => {
    const s = await server(startHttp((_q, res) => res.writeHead(200).end(OK('WSTestConnection'))));
    await testConnection(s.url, 'guid', { protocol: { namespace: 'http://tempuri.org/' } });
    expect(s.requests[0]?.soapAction).toBe('"http://tempuri.org/IErpConnectorWS/WSTestConnection"');
    expect(s.requests[0]?.body).toContain('<WSTestConnection xmlns="http://tempuri.org/">');
  });
});

describe('outcomes from local servers', () => {
  it('unreachable: a closed loopback port (connection refused)', async () => {
    const o = await getConfigData(await closedPortUrl());
    expect(o).toMatchObject({ kind: 'unreachable', cause: 'refused' });
    expect(o.hint.en).toMatch(/Nothing answers/);
  });

  it('bad-url: no request is made', async () => {
    for (const u of ['app://0f8fad5b', 'plugin://Excel', 'ftp://127.0.0.1/', 'http//missing-colon']) {
      expect((await getConfigData(u)).kind).toBe('bad-url');
    }
  });

  it('not-permitted: the hook is asked with the origin and no request reaches the server', async () => {
    const s = await server(startHttp((_q, res) => res.end(OK('WSGetConfigData'))));
    const o = await getConfigData(s.url, { isPermitted: () => false });
    expect(o).toMatchObject({ kind: 'not-permitted', origin: new URL(s.url).origin, latencyMs: 0 });
    expect(s.requests).toHaveLength(0);
  });

  it('redirect to another origin is not followed', async () => {
    const elsewhere = await server(startHttp((_q, res) => res.end(OK('WSGetConfigData'))));
    const s = await server(startHttp((_q, res) => res.writeHead(302, { Location: elsewhere.url }).end()));
    const o = await getConfigData(s.url);
    expect(o).toMatchObject({ kind: 'redirect', status: 302, location: elsewhere.url, sameOrigin: false });
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('redirect within the same origin is reported too (a SOAP POST must not move)', async () => {
    const s = await server(startHttp((_q, res) => res.writeHead(307, { Location: '/other/ErpConnectorWS.svc' }).end()));
    expect(await getConfigData(s.url)).toMatchObject({ kind: 'redirect', status: 307, sameOrigin: true });
    expect(s.requests).toHaveLength(1);
  });

  it('tls: a self-signed certificate is refused', async () => {
    const s = await server(startSelfSignedHttps((_q, res) => res.end(OK('WSGetConfigData'))));
    const o = await getConfigData(s.url);
    expect(o.kind).toBe('tls');
    expect(o.hint.no).toMatch(/sertifikat/);
  });

  it('too-large: a chunked body without Content-Length is cut at the cap', async () => {
    let sent = 0;
    const s = await server(
      startHttp((_q, res) => {
        res.writeHead(200, { 'Content-Type': 'text/xml' });
        const chunk = Buffer.alloc(64 * 1024, 'x');
        const pump = () => {
          while (sent < 50 * 1024 * 1024 && res.write(chunk)) sent += chunk.length;
          if (sent < 50 * 1024 * 1024 && !res.destroyed) res.once('drain', pump);
        };
        res.on('close', () => undefined);
        pump();
      }),
    );
    const o = await getConfigData(s.url, { maxBytes: 256 * 1024 });
    expect(o).toMatchObject({ kind: 'too-large', limitBytes: 256 * 1024 });
    expect(sent).toBeLessThan(50 * 1024 * 1024);
  });

  it.each([
    [401, { 'WWW-Authenticate': 'Basic realm="erp"' }, '', 'http-status'],
    [404, { 'Content-Type': 'text/html' }, '<html><head><title>Not Found</title></head></html>', 'http-status'],
    [200, { 'Content-Type': 'text/xml' }, '', 'not-soap'],
    [200, { 'Content-Type': 'application/json' }, '{"IsOk":true}', 'not-soap'],
  ] as const)('HTTP %s → %s', async (status, headers, body, kind) => {
    const s = await server(startHttp((_q, res) => res.writeHead(status, headers).end(body)));
    const o = await getConfigData(s.url);
    expect(o.kind).toBe(kind);
    if (o.kind === 'http-status') expect(o.status).toBe(status);
  });

  it('timeout when the headers come but the body stalls', async () => {
    const s = await server(startHttp((_q, res) => res.writeHead(200, { 'Content-Type': 'text/xml' }).write('<s:Envelope')));
    const o = await getConfigData(s.url, { timeoutMs: 300 });
    expect(o.kind).toBe('timeout');
  });
});
