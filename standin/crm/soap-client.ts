// The CRM's own SOAP caller, imitating its .NET WCF client: document/literal wrapped requests
// with members in the data-contract namespace, a timeout, and a cap on the answer's size.
import { child, children, isNil, parseXml, type XmlElement } from '../../lib/protocol/xml.ts';
import { ARRAYS_NS, CONTRACT_NS, DATA_NS, SOAP11_NS, soapAction, XSI_NS } from '../connector/soap-ns.ts';
import { esc } from '../connector/xml-writer.ts';
import { PROFILES, isProfileName } from '../connector/profiles.ts';
import { strictAction } from '../connector/strict.ts';

interface Namespaces {
  contract: string;
  data: string;
}
const DEFAULTS: Namespaces = { contract: CONTRACT_NS, data: DATA_NS };

/**
 * The real CRM is built against the real contract; the stand-in's strict profile plays a vendor's
 * own one, which the CRM is given here as configuration (the connector's path names the profile).
 */
export function contractFor(url: string): Namespaces {
  try {
    const m = /\/([^/]+)\/ErpConnectorWS\.svc$/i.exec(new URL(url).pathname);
    const name = m?.[1] ? decodeURIComponent(m[1]) : '';
    return (isProfileName(name) && PROFILES[name].contract) || DEFAULTS;
  } catch {
    return DEFAULTS;
  }
}

export interface CallResult {
  /** False when no usable SOAP answer came back (network, timeout, HTTP error, fault, bad XML). */
  answered: boolean;
  IsOk: boolean;
  State: string | null;
  UserExplanation: string | null;
  TechExplanation: string | null;
  ErrorCode: string | null;
  result?: XmlElement;
}

export type Members = Array<[string, string | Record<string, string>]>;

export const SOAP_TIMEOUT_MS = 10_000;
const MAX_ANSWER_CHARS = 4_000_000;

function member(name: string, v: string | Record<string, string>): string {
  if (typeof v === 'string') return `<a:${name}>${esc(v)}</a:${name}>`;
  const kvs = Object.entries(v).map(([k, x]) => `<b:KeyValueOfstringstring><b:Key>${esc(k)}</b:Key><b:Value>${esc(x)}</b:Value></b:KeyValueOfstringstring>`);
  return `<a:${name} xmlns:b="${ARRAYS_NS}">${kvs.join('')}</a:${name}>`;
}

export function requestEnvelope(op: string, members: Members | null, ns: Namespaces = DEFAULTS): string {
  const inner = members === null ? '' : `<request xmlns:a="${ns.data}" xmlns:i="${XSI_NS}">${members.map(([n, v]) => member(n, v)).join('')}</request>`;
  return `<s:Envelope xmlns:s="${SOAP11_NS}"><s:Body><${op} xmlns="${ns.contract}">${inner}</${op}></s:Body></s:Envelope>`;
}

const failed = (tech: string): CallResult => ({ answered: false, IsOk: false, State: null, UserExplanation: null, TechExplanation: tech, ErrorCode: null });

const text = (el: XmlElement, name: string): string | null => {
  const c = child(el, name);
  return !c || isNil(c) ? null : c.text;
};

export async function callConnector(url: string, op: string, members: Members | null, timeoutMs = SOAP_TIMEOUT_MS): Promise<CallResult> {
  let body: string;
  const ns = contractFor(url);
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: `"${ns === DEFAULTS ? soapAction(op) : strictAction(ns, op)}"` },
      body: requestEnvelope(op, members, ns),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'manual',
    });
    body = await res.text();
    if (res.status !== 200) return failed(`HTTP ${res.status} from connector`);
  } catch (e) {
    return failed(`connector unreachable: ${(e as Error).name === 'TimeoutError' ? 'timed out' : String(e)}`);
  }
  const parsed = parseXml(body, { maxChars: MAX_ANSWER_CHARS });
  if (!parsed.ok) return failed(`unreadable answer: ${parsed.error.message}`);
  const result = child(child(child(parsed.root, 'Body') ?? parsed.root, `${op}Response`) ?? parsed.root, `${op}Result`);
  if (!result) return failed('answer has no result element');
  return {
    answered: true,
    IsOk: text(result, 'IsOk') === 'true',
    State: text(result, 'State'),
    UserExplanation: text(result, 'UserExplanation'),
    TechExplanation: text(result, 'TechExplanation'),
    ErrorCode: text(result, 'ErrorCode'),
    result,
  };
}

/** FieldMetaDataObjects → plain records, whatever the item element is called. */
export function readFields(result: XmlElement | undefined): Array<Record<string, string | null>> {
  const holder = result ? child(result, 'FieldMetaDataObjects') : undefined;
  if (!holder || isNil(holder)) return [];
  return holder.children.map((item) => Object.fromEntries(item.children.map((c) => [c.local, isNil(c) ? null : c.text])));
}

export function readMap(result: XmlElement | undefined, name: string): Record<string, string> {
  const holder = result ? child(result, name) : undefined;
  if (!holder) return {};
  return Object.fromEntries(children(holder, 'KeyValueOfstringstring').map((kv) => [text(kv, 'Key') ?? '', text(kv, 'Value') ?? '']));
}

export function readStrings(result: XmlElement | undefined, name: string): string[] {
  const holder = result ? child(result, name) : undefined;
  return holder ? children(holder, 'string').map((s) => s.text) : [];
}
