// @vitest-environment node
// How an answer's bytes become text (declared charset, BOM, XML declaration, UTF-8), strictly;
// what the classification makes of bytes that are not text; and the transport's timeout holding
// even when a fetch or its body ignores the abort signal.
import { describe, expect, it } from 'vitest';
import { decodeBody, sniffCharset } from '../../lib/protocol/charset';
import { classifyHttpAnswer, type HttpAnswer } from '../../lib/protocol/classify';
import { hintFor } from '../../lib/protocol/hints';
import { readSoapResponse } from '../../lib/protocol/response';
import { buildGetConfigData } from '../../lib/protocol/soap';
import { postSoap } from '../../lib/protocol/transport';

const bytes = (...parts: Array<string | number[]>) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));
const URL_OK = new URL('https://erp.example.com/ErpConnectorWS.svc');

describe('decodeBody', () => {
  it('uses the declared charset first', () => {
    expect(decodeBody('text/xml; charset=ISO-8859-1', bytes('<a>', [0xf8], '</a>'))).toEqual({ text: '<a>ø</a>', charset: 'windows-1252', valid: true });
    expect(decodeBody('text/xml; charset="utf-8"', bytes('<a>', [0xc3, 0xb8], '</a>'))).toEqual({ text: '<a>ø</a>', charset: 'utf-8', valid: true });
  });

  it('without a charset: a byte order mark, then the XML declaration, then UTF-8', () => {
    expect(sniffCharset('text/xml', bytes([0xff, 0xfe], '<'))).toBe('utf-16le');
    expect(sniffCharset('text/xml', bytes([0xfe, 0xff], '<'))).toBe('utf-16be');
    expect(decodeBody('text/xml', Uint8Array.from([0xff, 0xfe, 0x3c, 0x00, 0x61, 0x00, 0x2f, 0x00, 0x3e, 0x00])).text).toBe('<a/>');
    const latin = bytes('<?xml version="1.0" encoding="ISO-8859-1"?><a>', [0xe6, 0xf8, 0xe5], '</a>');
    expect(decodeBody('text/xml', latin)).toMatchObject({ text: '<?xml version="1.0" encoding="ISO-8859-1"?><a>æøå</a>', valid: true });
    expect(sniffCharset('', bytes("<?xml version='1.0' encoding='utf-16'?>"))).toBe('utf-16le');
    expect(sniffCharset('text/xml', bytes('<a/>'))).toBe('utf-8');
  });

  it('an unknown charset label counts as not declared', () => {
    expect(sniffCharset('text/xml; charset=klingon', bytes('<a/>'))).toBe('utf-8');
    expect(sniffCharset('text/xml; charset=klingon', bytes('<?xml version="1.0" encoding="windows-1252"?><a/>'))).toBe('windows-1252');
  });

  it('reports bytes that are not valid in the charset instead of replacing them silently', () => {
    for (const bad of [[0xf8], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xff], [0xe2, 0x82]]) {
      const r = decodeBody('text/xml; charset=utf-8', bytes('<a>', bad, '</a>'));
      expect(r.valid, JSON.stringify(bad)).toBe(false);
      expect(r.text).toContain('\uFFFD');
    }
  });
});

describe('classifying bytes that are not text', () => {
  const answer = (over: Partial<HttpAnswer>): HttpAnswer => ({ status: 200, statusText: 'OK', headers: {}, body: '<s:Envelope xmlns:s="x"/>', requestUrl: URL_OK.href, ...over });

  it('a 2xx answer in a broken encoding is not-soap/bad-encoding, naming the charset', () => {
    const o = classifyHttpAnswer(answer({ badEncoding: 'utf-8' }), 'WSGetConfigData', () => null);
    expect(o).toEqual({ kind: 'not-soap', reason: 'bad-encoding', status: 200, detail: 'The body is not valid utf-8 text' });
    expect(hintFor(o).en).toContain('charset=utf-8');
  });

  it('a sign-in page in Latin-1 is reported as the HTML page it is, not as its encoding', () => {
    const body = '<!DOCTYPE html><html><head><meta charset="iso-8859-1"><title>P\uFFFDlogging</title></head><body>Brukernavn</body></html>';
    const o = classifyHttpAnswer(answer({ badEncoding: 'utf-8', body, headers: { 'content-type': 'text/html' } }), 'WSGetConfigData', () => null);
    expect(o).toMatchObject({ kind: 'not-soap', reason: 'html-page' });
  });

  it('an HTTP error stays an HTTP error, whatever its encoding', () => {
    expect(classifyHttpAnswer(answer({ status: 500, badEncoding: 'utf-8', body: 'Fehler \uFFFD' }), 'WSGetConfigData', () => null)).toMatchObject({ kind: 'http-status', status: 500 });
  });
});

describe('SOAP 1.2 faults', () => {
  it('are read with their Code, Subcode and Reason, and marked as 1.2', () => {
    const fault =
      '<e:Envelope xmlns:e="http://www.w3.org/2003/05/soap-envelope"><e:Body><e:Fault><e:Code><e:Value>e:Sender</e:Value>' +
      '<e:Subcode><e:Value>rpc:BadArguments</e:Value></e:Subcode></e:Code><e:Reason><e:Text xml:lang="en">Bad input</e:Text></e:Reason>' +
      '<e:Detail><x>why</x></e:Detail></e:Fault></e:Body></e:Envelope>';
    expect(readSoapResponse(fault, 'WSGetConfigData')).toEqual({
      kind: 'fault',
      fault: { faultcode: 'e:Sender rpc:BadArguments', faultstring: 'Bad input', detail: 'why', version: '1.2' },
    });
  });
});

describe('postSoap with a fetch that ignores its signal', () => {
  it('still times out waiting for headers', async () => {
    const deaf: typeof fetch = () => new Promise(() => undefined);
    const r = await postSoap(URL_OK, buildGetConfigData(), { fetch: deaf, timeoutMs: 60 });
    expect(r).toMatchObject({ kind: 'timeout', timeoutMs: 60 });
  });

  it('still times out while a body that ignores cancellation drips', async () => {
    let timer: ReturnType<typeof setInterval> | undefined;
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('<s:Envelope'));
        timer = setInterval(() => {
          try {
            c.enqueue(new Uint8Array([0x20]));
          } catch {
            clearInterval(timer); // cancelled by the reader: the drip ends
          }
        }, 20);
      },
    });
    const dripping: typeof fetch = async () => new Response(body, { status: 200, headers: { 'Content-Type': 'text/xml' } });
    const started = Date.now();
    const r = await postSoap(URL_OK, buildGetConfigData(), { fetch: dripping, timeoutMs: 120 });
    clearInterval(timer);
    expect(r).toMatchObject({ kind: 'timeout', timeoutMs: 120 });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('returns an undecodable body as an answer marked with its charset', async () => {
    const fake: typeof fetch = async () => new Response(bytes('<a>', [0xc3, 0x28], '</a>'), { headers: { 'Content-Type': 'text/xml; charset=utf-8' } });
    const r = await postSoap(URL_OK, buildGetConfigData(), { fetch: fake });
    expect(r.kind === 'answer' && r.answer.badEncoding).toBe('utf-8');
  });
});
