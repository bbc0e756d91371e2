// @vitest-environment node
// Each failure mode's observable behaviour on the wire: status, headers, body shape; `hang`
// until the client aborts, and close() still ending while a request hangs.
import { describe, expect, it } from 'vitest';
import { parseXml } from '../../lib/protocol/xml';
import { startStandin, type ConnectorMode, type Standin } from '../../standin/index';
import { useStandin } from '../../standin/testing';

let s: Standin;
useStandin((started) => (s = started));

const NS = 'http://www.superoffice.net/EIS/Connector/1.0';
const body = `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><WSGetConfigData xmlns="${NS}"/></s:Body></s:Envelope>`;
async function inMode(mode: ConnectorMode, init: RequestInit = {}) {
  s.setConnectorMode('finance', mode);
  try {
    const started = Date.now();
    const res = await fetch(s.connectorUrl('finance'), { method: 'POST', headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: `"${NS}/IErpConnectorWS/WSGetConfigData"` }, body, ...init });
    const bytes = Buffer.from(await res.arrayBuffer());
    return { res, bytes, text: bytes.toString('utf8'), ms: Date.now() - started };
  } finally {
    s.setConnectorMode('finance', 'ok');
  }
}

describe('failure modes', () => {
  it('wrong-credentials: a well-formed IsOk=false with INVALID_CREDENTIALS for tests, metadata still fine', async () => {
    s.setConnectorMode('finance', 'wrong-credentials');
    const test = await fetch(s.connectorUrl('finance'), {
      method: 'POST',
      body: `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><WSTestConfigData xmlns="${NS}"><request/></WSTestConfigData></s:Body></s:Envelope>`,
    });
    const text = await test.text();
    expect(test.status).toBe(200);
    expect(text).toContain('<a:ErrorCode>INVALID_CREDENTIALS</a:ErrorCode><a:IsOk>false</a:IsOk><a:State>Error</a:State>');
    expect(text).toContain('NO:&quot;Brukernavnet eller passordet er feil.&quot;');
    const meta = await inMode('wrong-credentials');
    expect(meta.text).toContain('<a:IsOk>true</a:IsOk>');
  });

  it('slow: the normal answer after about 3 s', async () => {
    const r = await inMode('slow');
    expect(r.res.status).toBe(200);
    expect(r.ms).toBeGreaterThanOrEqual(2900);
    expect(r.text).toContain('<a:IsOk>true</a:IsOk>');
  });

  it('hang: no answer until the client aborts', async () => {
    s.setConnectorMode('finance', 'hang');
    const started = Date.now();
    await expect(fetch(s.connectorUrl('finance'), { method: 'POST', body, signal: AbortSignal.timeout(400) })).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
    s.setConnectorMode('finance', 'ok');
  });

  it('http500-html: HTTP 500 with an IIS error page', async () => {
    const r = await inMode('http500-html');
    expect(r.res.status).toBe(500);
    expect(r.res.headers.get('content-type')).toBe('text/html');
    expect(r.res.headers.get('server')).toBe('Microsoft-IIS/10.0');
    expect(r.text).toContain('HTTP Error 500.19 - Internal Server Error');
  });

  it('fault: HTTP 500 with a SOAP 1.1 Fault', async () => {
    const r = await inMode('fault');
    expect(r.res.status).toBe(500);
    expect(r.res.headers.get('content-type')).toMatch(/^text\/xml/);
    expect(r.text).toMatch(/<s:Fault><faultcode[^>]*>a:InternalServiceFault<\/faultcode><faultstring xml:lang="en-US">/);
  });

  it('malformed: HTTP 200, XML that does not parse', async () => {
    const r = await inMode('malformed');
    expect(r.res.status).toBe(200);
    expect(parseXml(r.text).ok).toBe(false);
  });

  it('oversized: a body over 5 MB', async () => {
    const r = await inMode('oversized');
    expect(r.res.status).toBe(200);
    expect(r.bytes.length).toBeGreaterThan(5 * 1024 * 1024);
    expect(Number(r.res.headers.get('content-length'))).toBe(r.bytes.length);
  });

  it('html-login: HTTP 200 with a sign-in page', async () => {
    const r = await inMode('html-login');
    expect(r.res.status).toBe(200);
    expect(r.res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(r.text).toMatch(/type="password"/);
  });

  it('windows-auth: HTTP 401 asking for Negotiate and NTLM', async () => {
    const r = await inMode('windows-auth');
    expect(r.res.status).toBe(401);
    expect(r.res.headers.get('www-authenticate')).toBe('Negotiate, NTLM');
  });

  it('bom-crlf: the same answer with a UTF-8 BOM, CRLF line ends and default namespaces, no prefixes', async () => {
    const r = await inMode('bom-crlf');
    expect([...r.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(r.text).toContain('\r\n');
    expect(r.text).not.toMatch(/<[a-z]+:/i);
    expect(r.text).toContain('<Envelope xmlns="http://schemas.xmlsoap.org/soap/envelope/">');
    expect(r.text).toContain('<ErrorCode xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:nil="true"/>');
    const parsed = parseXml(r.text.slice(1));
    expect(parsed.ok).toBe(true);
  });
});

describe('close()', () => {
  it('ends promptly while a request hangs', async () => {
    const t = await startStandin({ crmPort: 0, connectorPort: 0, connectorModes: { files: 'hang' } });
    const pending = fetch(t.connectorUrl('files'), { method: 'POST', body }).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 200));
    const started = Date.now();
    await t.close();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await pending).toBeInstanceOf(Error);
  });
});
