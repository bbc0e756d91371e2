// Reading an IErpConnectorWS response by LOCAL names, whatever prefixes, namespaces or default
// namespace a connector (WCF or hand-written) uses. Pure: text in, typed reading out, never throws.
import type { SoapVersion } from './outcome';
import { child, childText, children, isNil, parseXml, type XmlElement, type XmlOptions } from './xml';

const SOAP12_ENVELOPE_NS = 'http://www.w3.org/2003/05/soap-envelope';

export type ResultState = 'Ok' | 'OkWithInfo' | 'Warning' | 'Error';

/** The result wrapper every operation answers with. */
export interface ResultWrapper {
  IsOk: boolean;
  /** As sent; `null` when absent or not one of the four documented states. */
  State: ResultState | null;
  UserExplanation: string | null;
  TechExplanation: string | null;
  ErrorCode: string | null;
}

export interface SoapFault {
  faultcode: string;
  faultstring: string;
  /** The detail element's text content, flattened, or null. */
  detail: string | null;
  /** 1.2 means the service is not bound as Sync Connectors must be (SOAP 1.1, basicHttpBinding). */
  version: SoapVersion;
}

export type SoapReading =
  | { kind: 'result'; result: ResultWrapper; payload: XmlElement }
  | { kind: 'fault'; fault: SoapFault }
  /** Not XML at all, XML but no SOAP envelope, or an envelope without the expected response. */
  | { kind: 'not-soap'; reason: 'empty' | 'not-xml' | 'doctype' | 'no-envelope' | 'unexpected-response'; detail: string }
  /** Reading passed the caller's deadline (XmlOptions.deadline). */
  | { kind: 'deadline' };

const STATES: readonly ResultState[] = ['Ok', 'OkWithInfo', 'Warning', 'Error'];

export function readSoapResponse(text: string, operation: string, maxChars?: number, clock: Pick<XmlOptions, 'deadline' | 'now'> = {}): SoapReading {
  if (!text.replace(/^\uFEFF/, '').trim()) return { kind: 'not-soap', reason: 'empty', detail: 'The body is empty' };
  const parsed = parseXml(text, { maxChars, ...clock });
  if (!parsed.ok) {
    if (parsed.error.code === 'deadline') return { kind: 'deadline' };
    return { kind: 'not-soap', reason: parsed.error.code === 'doctype' ? 'doctype' : 'not-xml', detail: `${parsed.error.code}: ${parsed.error.message}` };
  }
  const env = parsed.root;
  if (env.local !== 'Envelope') {
    return { kind: 'not-soap', reason: 'no-envelope', detail: `The root element is <${env.name}>, not a SOAP Envelope` };
  }
  const body = child(env, 'Body');
  if (!body) return { kind: 'not-soap', reason: 'no-envelope', detail: 'The SOAP Envelope has no Body' };
  const fault = child(body, 'Fault');
  if (fault) return { kind: 'fault', fault: readFault(fault, env.ns === SOAP12_ENVELOPE_NS ? '1.2' : '1.1') };
  const response = child(body, `${operation}Response`);
  if (!response) {
    const got = body.children[0]?.name ?? 'nothing';
    return { kind: 'not-soap', reason: 'unexpected-response', detail: `Expected <${operation}Response>, got <${got}>` };
  }
  // WCF wraps the return value in <OperationResult>; accept a flat response too.
  const payload = child(response, `${operation}Result`) ?? response;
  return { kind: 'result', result: readResult(payload), payload };
}

export function readResult(el: XmlElement): ResultWrapper {
  const isOk = (childText(el, 'IsOk') ?? '').trim().toLowerCase();
  const state = (childText(el, 'State') ?? '').trim();
  return {
    IsOk: isOk === 'true' || isOk === '1',
    State: (STATES as readonly string[]).includes(state) ? (state as ResultState) : null,
    UserExplanation: nonEmpty(childText(el, 'UserExplanation')),
    TechExplanation: nonEmpty(childText(el, 'TechExplanation')),
    ErrorCode: nonEmpty(childText(el, 'ErrorCode')),
  };
}

function readFault(f: XmlElement, version: SoapVersion): SoapFault {
  const detail = child(f, 'detail') ?? child(f, 'Detail');
  return {
    faultcode: (childText(f, 'faultcode') ?? code12(f) ?? '').trim(),
    faultstring: (childText(f, 'faultstring') ?? reasonText(f) ?? '').trim(),
    detail: detail ? nonEmpty(flatText(detail)) : null,
    version,
  };
}

/** SOAP 1.2: Code/Value, refined by nested Subcode/Value (the innermost says most): `s:Receiver a:InternalServiceFault`. */
function code12(f: XmlElement): string | null {
  const values: string[] = [];
  let at = child(f, 'Code');
  for (let depth = 0; at && depth < 10; depth++) {
    const v = childText(at, 'Value')?.trim();
    if (v) values.push(v);
    at = child(at, 'Subcode');
  }
  return values.length ? values.join(' ') : null;
}

/** SOAP 1.2 keeps its text in Reason/Text; tolerated so a 1.2 fault is still readable. */
function reasonText(f: XmlElement): string | null {
  const r = child(f, 'Reason');
  return r ? flatText(r) : null;
}

export function flatText(el: XmlElement): string {
  return (el.text + el.children.map(flatText).join(' ')).replace(/\s+/g, ' ').trim();
}

function nonEmpty(s: string | null): string | null {
  return s !== null && s.trim() !== '' ? s : null;
}

/** A WCF map (`KeyValueOfstringstring` with Key/Value), in document order. Nil values read as ''. */
export function readStringMap(el: XmlElement | undefined): Array<{ key: string; value: string }>;
/** The same, only the first `max` read; `sent` says how many there were. */
export function readStringMap(el: XmlElement | undefined, max: number): { items: Array<{ key: string; value: string }>; sent: number };
export function readStringMap(el: XmlElement | undefined, max?: number) {
  const all = !el || isNil(el) ? [] : children(el, 'KeyValueOfstringstring');
  const items = (max === undefined ? all : all.slice(0, max)).map((kv) => ({
    key: childText(kv, 'Key') ?? '',
    value: childText(kv, 'Value') ?? '',
  }));
  return max === undefined ? items : { items, sent: all.length };
}

/** A WCF string array (`<string>` items); nil items are dropped. */
export function readStringArray(el: XmlElement | undefined): string[] {
  if (!el || isNil(el)) return [];
  return el.children.filter((c) => !isNil(c)).map((c) => c.text);
}
