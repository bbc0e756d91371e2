// Hostile answers: what a broken or malicious connector, or something in front of it, can send.
// Streams are written as they go (never built in memory) and stop when the client goes away.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ConnectorMode } from './modes.ts';
import { CONTRACT_NS, DATA_NS, SOAP11_NS, WCF_DISPATCHER_NS, XSI_NS } from './soap-ns.ts';
import type { WireField } from './wcf-result.ts';

export const HUGE_BYTES = 50 * 1024 * 1024;
export const REGEX_BOMB_RUN = 5_000;
export const FLOOD_DECLARATIONS = 5_000;
export const FLOOD_ELEMENTS = 6_000;
export const FANOUT_LISTS = 500;
export const FANOUT_ITEMS = 20_000;
export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
export const MANY_FIELDS = 10_000;
export const DRIP_EVERY_MS = 1000;
export const ENDLESS_EVERY_MS = 20;
/** Shown as text it is harmless; parsed as HTML it would add an element and run script. */
export const MARKUP_NAME = '<img id="erp-pwned" src="x" onerror="window.__erpPwned=1"><script>window.__erpPwned=2</script><b>Company</b> & "database"';
export const MARKUP_DESCRIPTION = '<a href="javascript:window.__erpPwned=3">Help</a><style>*{display:none}</style>';

/** Fetches of URLs that must never be fetched: the XXE target and the redirect's other origin. */
export interface Canaries {
  xxe: number;
  redirected: number;
}
export const XXE_PATH = '/__xxe';
export const REDIRECTED_PATH = '/__redirected';

const XML = 'text/xml; charset=utf-8';
const open = (op: string) =>
  `<s:Envelope xmlns:s="${SOAP11_NS}"><s:Body><${op}Response xmlns="${CONTRACT_NS}"><${op}Result xmlns:a="${DATA_NS}" xmlns:i="${XSI_NS}">`;
const okMembers = (tech: string) =>
  `<a:ErrorCode i:nil="true"/><a:IsOk>true</a:IsOk><a:State>Ok</a:State><a:TechExplanation>${tech}</a:TechExplanation><a:UserExplanation i:nil="true"/>`;
const close = (op: string) => `</${op}Result></${op}Response></s:Body></s:Envelope>`;

function billionLaughs(op: string): string {
  const levels = Array.from({ length: 9 }, (_, i) => `  <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`);
  return `<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE s:Envelope [\n  <!ENTITY lol "lol">\n${levels.join('\n')}\n]>\n${open(op)}${okMembers('&lol9;')}${close(op)}`;
}

function externalEntity(op: string, selfOrigin: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE s:Envelope [\n  <!ENTITY xxe SYSTEM "${selfOrigin}${XXE_PATH}">\n]>\n${open(op)}${okMembers('&xxe;')}${close(op)}`;
}

const SOAP12_FAULT =
  '<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:a="http://www.w3.org/2005/08/addressing">' +
  '<s:Header><a:Action s:mustUnderstand="1">http://www.w3.org/2005/08/addressing/soap/fault</a:Action></s:Header>' +
  '<s:Body><s:Fault><s:Code><s:Value>s:Receiver</s:Value>' +
  `<s:Subcode><s:Value xmlns:a="${WCF_DISPATCHER_NS}">a:InternalServiceFault</s:Value></s:Subcode></s:Code>` +
  '<s:Reason><s:Text xml:lang="en-US">The server was unable to process the request due to an internal error.</s:Text></s:Reason>' +
  '</s:Fault></s:Body></s:Envelope>';

const fieldXml = (i: number) =>
  `<a:FieldMetadataInfo><a:FieldKey>f${i}</a:FieldKey><a:FieldType>Text</a:FieldType><a:DisplayName>Field ${i}</a:DisplayName><a:Rank>${i}</a:Rank></a:FieldMetadataInfo>`;

/** 10,000 fields with only the members a hand-written connector might send (no nil members). */
export function manyFieldsEnvelope(n = MANY_FIELDS): string {
  const fields = Array.from({ length: n }, (_, i) => fieldXml(i + 1)).join('');
  return `${open('WSGetConfigData')}${okMembers('')}<a:FieldMetaDataObjects>${fields}</a:FieldMetaDataObjects>${close('WSGetConfigData')}`;
}

/** The Envelope declares thousands of prefixes and every element inside declares one more. */
export function namespaceFlood(op: string): string {
  const decls = Array.from({ length: FLOOD_DECLARATIONS }, (_, i) => `xmlns:p${i}="urn:flood:${i}"`).join(' ');
  const fields = Array.from({ length: FLOOD_ELEMENTS / 6 }, (_, i) => {
    const m = (name: string, text: string) => `<a:${name} xmlns:q${i}="urn:flood:q">${text}</a:${name}>`;
    return `<a:FieldMetadataInfo xmlns:r${i}="urn:flood:r">${m('FieldKey', `f${i}`)}${m('FieldType', 'Text')}${m('DisplayName', `Field ${i}`)}${m('Rank', String(i))}${m('MaxLength', '0')}</a:FieldMetadataInfo>`;
  }).join('');
  return open(op).replace('<s:Envelope ', `<s:Envelope ${decls} `) + okMembers('') + `<a:FieldMetaDataObjects>${fields}</a:FieldMetaDataObjects>${close(op)}`;
}

/** 500 List fields, each naming a list of its own. */
function fanoutFields(): string {
  const fields = Array.from({ length: FANOUT_LISTS }, (_, i) =>
    `<a:FieldMetadataInfo><a:FieldKey>list${i}</a:FieldKey><a:FieldType>List</a:FieldType><a:DisplayName>List ${i}</a:DisplayName><a:ListName>list${i}</a:ListName><a:Rank>${i}</a:Rank></a:FieldMetadataInfo>`,
  ).join('');
  return `${open('WSGetConfigData')}${okMembers('')}<a:FieldMetaDataObjects>${fields}</a:FieldMetaDataObjects>${close('WSGetConfigData')}`;
}

let hugeList: Buffer | null = null;
/** One list of FANOUT_ITEMS items, built once: every list of the fan-out answers it. */
function fanoutList(): Buffer {
  hugeList ??= Buffer.from(
    `${open('WSGetList')}${okMembers('')}<a:ListItems xmlns:b="http://schemas.microsoft.com/2003/10/Serialization/Arrays">` +
      Array.from({ length: FANOUT_ITEMS }, (_, i) => `<b:KeyValueOfstringstring><b:Key>${i}</b:Key><b:Value>Item ${i}</b:Value></b:KeyValueOfstringstring>`).join('') +
      `</a:ListItems>${close('WSGetList')}`,
  );
  return hugeList;
}

/** Write `chunk` until `total` bytes went out (then end) or forever, every `everyMs` or as fast as the client reads. */
function stream(res: ServerResponse, head: string, chunk: Buffer, opts: { total?: number; everyMs?: number }): void {
  res.writeHead(200, { 'Content-Type': XML });
  res.write(head);
  let sent = Buffer.byteLength(head);
  let stopped = false;
  res.on('close', () => (stopped = true));
  if (opts.everyMs !== undefined) {
    const timer = setInterval(() => (stopped ? clearInterval(timer) : res.write(chunk)), opts.everyMs);
    res.on('close', () => clearInterval(timer));
    return;
  }
  const total = opts.total ?? Infinity;
  const pump = () => {
    while (!stopped && sent < total) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (!stopped) res.end();
  };
  pump();
}

/** The other loopback name for the same server: a different origin that still reaches the canary. */
export function otherLoopbackOrigin(host: string): string {
  const [name, port] = host.startsWith('[') ? [host.slice(0, host.indexOf(']') + 1), host.slice(host.indexOf(']') + 2)] : host.split(':');
  return `http://${name === 'localhost' ? '127.0.0.1' : 'localhost'}${port ? `:${port}` : ''}`;
}

/**
 * Modes that answer at the HTTP level, whatever the operation. True when `mode` is one of them
 * and the answer has been (or is being) written.
 */
export function answerHostile(mode: ConnectorMode, op: string, req: IncomingMessage, res: ServerResponse): boolean {
  const host = req.headers.host ?? '127.0.0.1';
  const opName = op || 'WSGetConfigData';
  const fields = () => Buffer.from(Array.from({ length: 200 }, (_, i) => fieldXml(i)).join(''));
  switch (mode) {
    case 'xml-bomb':
      return sendText(res, 200, billionLaughs(opName), XML);
    case 'xxe':
      return sendText(res, 200, externalEntity(opName, `http://${host}`), XML);
    case 'soap12-fault':
      return sendText(res, 500, SOAP12_FAULT, 'application/soap+xml; charset=utf-8');
    case 'redirect-cross-origin':
      res.writeHead(307, { Location: `${otherLoopbackOrigin(host)}${REDIRECTED_PATH}${req.url ?? '/'}`, 'Content-Length': '0' });
      res.end();
      return true;
    case 'huge-50mb':
      stream(res, `${open(opName)}${okMembers('')}<a:FieldMetaDataObjects>`, fields(), { total: HUGE_BYTES });
      return true;
    case 'endless-chunked':
      stream(res, `${open(opName)}${okMembers('')}<a:FieldMetaDataObjects>`, fields().subarray(0, 4096), { everyMs: ENDLESS_EVERY_MS });
      return true;
    case 'drip':
      stream(res, `${open(opName)}${okMembers('')}`, Buffer.from(' '), { everyMs: DRIP_EVERY_MS });
      return true;
    case 'namespace-flood':
      return sendText(res, 200, namespaceFlood(opName), XML);
    case 'list-fanout-500':
      if (opName === 'WSGetConfigData') return sendText(res, 200, fanoutFields(), XML);
      if (opName !== 'WSGetList') return false;
      res.writeHead(200, { 'Content-Type': XML, 'Content-Length': String(fanoutList().length) });
      res.end(fanoutList());
      return true;
    default:
      return false;
  }
}

function sendText(res: ServerResponse, status: number, body: string, contentType: string): true {
  const buf = Buffer.from(body, 'utf8');
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': String(buf.length) });
  res.end(buf);
  return true;
}

const NOT_ASCII_NOTE = '<!-- Blåbærsyltetøy på skjæra -->';

/** Latin-1 bytes; characters beyond it as character references, as an encoder for Latin-1 writes them. */
function latin1(xml: string): Buffer {
  return Buffer.from(xml.replace(/[\u{100}-\u{10ffff}]/gu, (c) => `&#x${(c.codePointAt(0) ?? 0x3f).toString(16)};`), 'latin1');
}

/** The normal answer re-encoded by a charset mode, or null for other modes. */
export function encodeForMode(mode: ConnectorMode, xml: string): { body: Buffer; contentType: string } | null {
  const noted = xml.replace('</s:Body>', `${NOT_ASCII_NOTE}</s:Body>`);
  switch (mode) {
    case 'wrong-charset':
      return { body: latin1(noted), contentType: XML };
    case 'no-charset':
      return { body: latin1(`<?xml version="1.0" encoding="ISO-8859-1"?>\n${noted}`), contentType: 'text/xml' };
    case 'invalid-utf8': {
      const [before, after] = [noted.slice(0, noted.indexOf('</s:Body>')), noted.slice(noted.indexOf('</s:Body>'))];
      const broken = Buffer.from([0xc3, 0x28, 0xff, 0xed, 0xa0, 0x80, 0xf0, 0x28, 0x8c]);
      return { body: Buffer.concat([Buffer.from(`${before}<!-- `), broken, Buffer.from(` -->${after}`)]), contentType: XML };
    }
    default:
      return null;
  }
}

const extra = (x: Partial<WireField> & Pick<WireField, 'FieldKey' | 'DisplayName'>): WireField => ({
  Rank: 100,
  DisplayDescription: null,
  FieldType: 'Text',
  ListName: null,
  DefaultValue: null,
  MaxLength: 0,
  Access: 'Normal',
  ...x,
});

/** A profile's fields as a field-level hostile mode declares them; the profile's own otherwise. */
export function hostileFields(mode: ConnectorMode, fields: readonly WireField[]): WireField[] {
  switch (mode) {
    case 'duplicate-fieldkeys': {
      const first = fields.find((f) => f.FieldKey === 'username') ?? fields[0];
      return first ? [...fields, { ...first, Rank: 99, FieldType: 'Integer', DisplayName: 'User number (declared again)' }] : [...fields];
    }
    case 'unknown-fieldtype':
      return [...fields, extra({ FieldKey: 'colour', FieldType: 'Color', DisplayName: 'Colour', DefaultValue: '#ff0000' })];
    case 'markup-displayname':
      return [...fields, extra({ FieldKey: 'markup', Rank: 15, DisplayName: MARKUP_NAME, DisplayDescription: MARKUP_DESCRIPTION })];
    case 'bad-maxlength':
      return [...fields, extra({ FieldKey: 'shortCode', DisplayName: 'Short code', MaxLength: -5 }), extra({ FieldKey: 'longNote', DisplayName: 'Long note', MaxLength: 2147483647 })];
    case 'non-numeric-rank':
      return [...fields, extra({ FieldKey: 'region', DisplayName: 'Region', Rank: 'first' }), extra({ FieldKey: 'branch', DisplayName: 'Branch', Rank: '1.5' })];
    case 'malformed-defaults':
      return [
        ...fields,
        extra({ FieldKey: 'retries', FieldType: 'Integer', DisplayName: 'Retries', DefaultValue: '[I:abc]' }),
        extra({ FieldKey: 'bigCount', FieldType: 'Integer', DisplayName: 'Big count', DefaultValue: '[I:99999999999999999999]' }),
        extra({ FieldKey: 'factor', FieldType: 'Double', DisplayName: 'Factor', DefaultValue: '[F:1,5]' }),
        extra({ FieldKey: 'since', FieldType: 'Datetime', DisplayName: 'Since', DefaultValue: '[DT:13/45/2024 25:61:00.0000000]' }),
        extra({ FieldKey: 'archive', FieldType: 'Checkbox', DisplayName: 'Archive', DefaultValue: '[I:2]' }),
        extra({ FieldKey: 'fixedCode', FieldType: 'Integer', Access: 'ReadOnly', DisplayName: 'Fixed code', DefaultValue: '[I:' }),
      ];
    case 'regex-bomb-defaults': {
      const run = ' \t'.repeat(REGEX_BOMB_RUN / 2);
      return [
        ...fields,
        extra({ FieldKey: 'bombFactor', FieldType: 'Double', DisplayName: 'Factor', DefaultValue: `[F:${run}x` }),
        extra({ FieldKey: 'bombSince', FieldType: 'Datetime', DisplayName: 'Since', DefaultValue: `[DT:${run}1]]` }),
      ];
    }
    case 'hostile-fieldkeys':
      return [...fields, ...HOSTILE_KEYS.map((k, i) => extra({ FieldKey: k, DisplayName: `Hostile ${i}` }))];
    default:
      return [...fields];
  }
}
