import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyKind, classifyHttpAnswer, classifyNetworkError, type HttpAnswer } from '../../lib/protocol/classify';
import { hintFor } from '../../lib/protocol/hints';
import type { Classified, Failure } from '../../lib/protocol/outcome';
import { checkConnectorUrl } from '../../lib/protocol/url';

const fixture = (name: string) => readFileSync(resolve(process.cwd(), 'tests/fixtures/protocol', name), 'utf8');
const answer = (over: Partial<HttpAnswer>): HttpAnswer => ({
  status: 200, statusText: 'OK', headers: { 'content-type': 'text/xml; charset=utf-8' }, body: '', requestUrl: 'https://erp.example.com/ErpConnectorWS.svc', ...over,
});
const classify = (over: Partial<HttpAnswer>, op = 'WSGetConfigData') => classifyHttpAnswer(answer(over), op, () => 'payload');

describe('checkConnectorUrl', () => {
  it('accepts http(s) URLs, keeping ?ConnectorName=', () => {
    const r = checkConnectorUrl(' https://erp.example.com/ErpConnectorWS.svc?ConnectorName=Visma#x ');
    expect(r.ok && r.url.href).toBe('https://erp.example.com/ErpConnectorWS.svc?ConnectorName=Visma');
    expect(checkConnectorUrl('http://10.0.0.5:8080/x.svc').ok).toBe(true);
  });

  it.each([
    ['app://cust-client-id', 'app-url'],
    ['plugin://MyConnector', 'plugin-url'],
    ['ftp://erp.example.com/', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['not a url', 'invalid'],
    ['', 'invalid'],
    ['https://user:secret@erp.example.com/', 'credentials'],
    [`https://erp.example.com/${'a'.repeat(1100)}`, 'too-long'],
  ])('refuses %j as %s', (url, reason) => {
    const r = checkConnectorUrl(url);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.failure.reason).toBe(reason);
  });
});

describe('classifyHttpAnswer', () => {
  it('ok on IsOk=true, with the payload and the result wrapper', () => {
    const r = classify({ body: fixture('getconfig-prefixed.xml') });
    expect(r).toMatchObject({ kind: 'ok', value: 'payload', result: { IsOk: true, State: 'Ok' } });
  });

  it('connector-error on IsOk=false, flattened', () => {
    expect(classify({ body: fixture('testconfig-error.xml') }, 'WSTestConfigData')).toEqual({
      kind: 'connector-error', IsOk: false, State: 'Error', UserExplanation: 'Feil brukernavn eller passord',
      TechExplanation: "Login failed for user 'sync'", ErrorCode: 'WRONG_CREDENTIALS',
    });
  });

  it('contract-mismatch on WCF\'s ActionNotSupported Fault, whatever the HTTP status', () => {
    for (const status of [500, 200]) {
      expect(classify({ status, body: fixture('fault-action.xml') })).toMatchObject({ kind: 'contract-mismatch', status, faultcode: 'a:ActionNotSupported' });
    }
  });

  it('redirect on 3xx, telling same-origin from cross-origin', () => {
    expect(classify({ status: 302, headers: { location: 'https://login.example.net/sso' } })).toEqual({ kind: 'redirect', status: 302, location: 'https://login.example.net/sso', sameOrigin: false });
    expect(classify({ status: 301, headers: { location: '/other.svc' } })).toMatchObject({ kind: 'redirect', sameOrigin: true });
    expect(classify({ status: 307, headers: {} })).toMatchObject({ kind: 'redirect', location: null, sameOrigin: null });
  });

  it('not-soap windows-auth on 401 with Negotiate or NTLM', () => {
    for (const auth of ['Negotiate', 'NTLM', 'Negotiate, NTLM']) {
      expect(classify({ status: 401, headers: { 'www-authenticate': auth }, body: '<html>401</html>' })).toMatchObject({ kind: 'not-soap', reason: 'windows-auth', status: 401 });
    }
    expect(classify({ status: 401, headers: { 'www-authenticate': 'Basic realm="x"' } })).toMatchObject({ kind: 'http-status', status: 401 });
  });

  it('http-status on other non-2xx without a SOAP answer, describing the body', () => {
    expect(classify({ status: 500, statusText: 'Internal Server Error', headers: { 'content-type': 'text/html' }, body: '<!DOCTYPE html><html><head><title>Runtime Error</title></head></html>' }))
      .toEqual({ kind: 'http-status', status: 500, statusText: 'Internal Server Error', bodyKind: 'html', snippet: 'HTML page "Runtime Error"' });
    expect(classify({ status: 404, body: '' })).toMatchObject({ kind: 'http-status', status: 404, bodyKind: 'empty' });
    expect(classify({ status: 503, body: 'Service Unavailable' })).toMatchObject({ kind: 'http-status', bodyKind: 'text', snippet: 'Service Unavailable' });
  });

  it('not-soap on a 200 that is an HTML page, empty, or not the expected response', () => {
    expect(classify({ body: fixture('login.html'), headers: { 'content-type': 'text/html' } })).toMatchObject({ kind: 'not-soap', reason: 'html-page', detail: 'HTML page "Sign in - Contoso ERP"' });
    expect(classify({ body: '' })).toMatchObject({ kind: 'not-soap', reason: 'empty' });
    expect(classify({ body: '<a><b>' })).toMatchObject({ kind: 'not-soap', reason: 'not-xml' });
    expect(classify({ body: fixture('getlist-prefixed.xml') })).toMatchObject({ kind: 'not-soap', reason: 'unexpected-response' });
  });

  it('never lets a throwing payload reader escape', () => {
    const r = classifyHttpAnswer(answer({ body: fixture('getconfig-prefixed.xml') }), 'WSGetConfigData', () => {
      throw new Error('boom');
    });
    expect(r).toMatchObject({ kind: 'not-soap', reason: 'unexpected-response' });
  });

  it('recognises body kinds', () => {
    expect(bodyKind('\uFEFF  ')).toBe('empty');
    expect(bodyKind('<HTML><body/>')).toBe('html');
    expect(bodyKind('<x/>', 'text/html')).toBe('html');
    expect(bodyKind('<?xml version="1.0"?><a/>')).toBe('xml');
    expect(bodyKind('oops')).toBe('text');
  });
});

describe('classifyNetworkError', () => {
  const nodeErr = (code: string) => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(`x ${code}`), { code }) });
  it.each([
    ['ENOTFOUND', 'unreachable', 'dns'],
    ['EAI_AGAIN', 'unreachable', 'dns'],
    ['ECONNREFUSED', 'unreachable', 'refused'],
    ['ECONNRESET', 'unreachable', 'reset'],
    ['UND_ERR_SOCKET', 'unreachable', 'reset'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls', undefined],
    ['CERT_HAS_EXPIRED', 'tls', undefined],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls', undefined],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'tls', undefined],
  ])('Node cause %s → %s', (code, kind, cause) => {
    const r = classifyNetworkError(nodeErr(code));
    expect(r.kind).toBe(kind);
    if (r.kind === 'unreachable') expect(r.cause).toBe(cause);
    expect(r.detail).toContain(code);
  });

  it('a browser\'s bare "Failed to fetch" is a network failure with a hint that lists the usual causes', () => {
    const r = classifyNetworkError(new TypeError('Failed to fetch'));
    expect(r).toEqual({ kind: 'unreachable', cause: 'network', detail: 'Failed to fetch' });
    expect(hintFor(r).en).toMatch(/name .*firewall.*certificate/);
  });

  it('handles AggregateError (happy eyeballs) and non-errors', () => {
    const agg = Object.assign(new TypeError('fetch failed'), { cause: { errors: [{ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED ::1' }] } });
    expect(classifyNetworkError(agg)).toMatchObject({ kind: 'unreachable', cause: 'refused' });
    expect(classifyNetworkError('weird')).toMatchObject({ kind: 'unreachable', cause: 'network' });
    expect(classifyNetworkError(undefined)).toMatchObject({ kind: 'unreachable', detail: 'network error' });
  });
});

describe('hints', () => {
  const samples: Classified<unknown>[] = [
    { kind: 'ok', value: null, result: { IsOk: true, State: 'Ok', UserExplanation: null, TechExplanation: null, ErrorCode: null } },
    { kind: 'ok', value: null, result: { IsOk: true, State: 'Warning', UserExplanation: 'x', TechExplanation: null, ErrorCode: null } },
    ...(['invalid', 'scheme', 'app-url', 'plugin-url', 'credentials', 'too-long'] as const).map((reason): Failure => ({ kind: 'bad-url', reason, detail: '' })),
    { kind: 'not-permitted', origin: 'https://erp.example.com' },
    ...(['dns', 'refused', 'reset', 'network'] as const).map((cause): Failure => ({ kind: 'unreachable', cause, detail: '' })),
    { kind: 'tls', detail: '' },
    { kind: 'timeout', timeoutMs: 15000 },
    { kind: 'cancelled' },
    { kind: 'redirect', status: 302, location: 'https://x/', sameOrigin: false },
    { kind: 'redirect', status: 301, location: 'https://erp.example.com/x', sameOrigin: true },
    { kind: 'redirect', status: 0, location: null, sameOrigin: null },
    ...[401, 403, 404, 500, 418].map((status): Failure => ({ kind: 'http-status', status, statusText: '', bodyKind: 'empty', snippet: '' })),
    ...(['html-page', 'windows-auth', 'empty', 'not-xml', 'no-envelope', 'unexpected-response', 'doctype', 'bad-encoding'] as const).map((reason): Failure => ({ kind: 'not-soap', reason, status: 200, detail: '' })),
    { kind: 'too-large', limitBytes: 2 * 1024 * 1024 },
    { kind: 'contract-mismatch', status: 500, faultcode: 'a:ActionNotSupported', faultstring: '', detail: null, version: '1.1' },
    { kind: 'contract-mismatch', status: 500, faultcode: 'a:DeserializationFailed', faultstring: 'Expected to find node type', detail: null, version: '1.1' },
    { kind: 'soap-fault', status: 500, faultcode: 's:Server', faultstring: 'boom', detail: null, version: '1.1' },
    { kind: 'soap-fault', status: 500, faultcode: 's:Receiver', faultstring: 'boom', detail: null, version: '1.2' },
    { kind: 'connector-error', IsOk: false, State: 'Error', UserExplanation: 'x', TechExplanation: null, ErrorCode: null },
  ];

  it('gives every outcome a non-empty hint in English and Norwegian, different from each other', () => {
    for (const s of samples) {
      const h = hintFor(s);
      expect(h.en.length, s.kind).toBeGreaterThan(10);
      expect(h.no.length, s.kind).toBeGreaterThan(10);
      expect(h.no).not.toBe(h.en);
    }
  });

  it('says specific things where it matters', () => {
    expect(hintFor({ kind: 'bad-url', reason: 'app-url', detail: '' }).no).toContain('Test ERP-koblingen');
    expect(hintFor({ kind: 'not-soap', reason: 'windows-auth', status: 401, detail: '' }).en).toContain('anonymous');
    expect(hintFor({ kind: 'timeout', timeoutMs: 15000 }).en).toContain('15 s');
    expect(hintFor({ kind: 'redirect', status: 302, location: 'https://x/y', sameOrigin: false }).no).toContain('https://x/y');
  });
});
