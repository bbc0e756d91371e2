// The contract a connector is called with, and where each part of it came from: read from its
// WSDL, learned from its WSGetConfigData answer, entered by the consultant, or our default guess.
import type { DiscoveryMiss, DiscoveryRefusal } from './discovery';
import { DEFAULT_CONTRACT_NS, type Operation, type OperationContract, type ProtocolOptions } from './soap';

export type ContractSource = 'wsdl' | 'learned' | 'entered' | 'default';

export interface ContractOverride {
  /** The service contract's namespace (operation elements, SOAPAction base). */
  namespace?: string;
  /** The data contract's namespace (the request's members). */
  memberNamespace?: string;
}

export interface ConnectorContract {
  namespace: string;
  namespaceSource: ContractSource;
  memberNamespace: string;
  memberSource: ContractSource;
  /** Per operation, when read from a WSDL. */
  operations?: Partial<Record<Operation, OperationContract>>;
  wsdlUrl?: string;
  /** Why no WSDL is in use, when discovery ran and found none (or refused one). */
  discovery?: { kind: 'unavailable'; reason: DiscoveryMiss; detail: string } | { kind: 'refused'; reason: DiscoveryRefusal; detail: string };
}

export const MAX_NAMESPACE_LENGTH = 500;
/** An absolute URI in printable ASCII: it is also written into the SOAPAction header, which carries bytes only. */
export const NAMESPACE_PATTERN = /^[A-Za-z][A-Za-z0-9+.-]*:[\x21-\x7E]+$/;

/** A namespace a consultant may enter: an absolute URI (http(s), urn, tag…) without spaces. */
export function checkNamespace(text: string): { ok: true; value: string } | { ok: false; message: { en: string; no: string } } {
  const v = text.trim();
  if (v.length > MAX_NAMESPACE_LENGTH) return { ok: false, message: { en: `A namespace is at most ${MAX_NAMESPACE_LENGTH} characters.`, no: `Et navnerom kan være høyst ${MAX_NAMESPACE_LENGTH} tegn.` } };
  if (!NAMESPACE_PATTERN.test(v)) {
    return { ok: false, message: { en: 'A namespace is a URI such as http://example.com/Connector/1.0 (no spaces, no letters beyond ASCII).', no: 'Et navnerom er en URI som http://example.com/Connector/1.0 (uten mellomrom, bare ASCII-tegn).' } };
  }
  return { ok: true, value: v };
}

export function defaultContract(): ConnectorContract {
  return { namespace: DEFAULT_CONTRACT_NS, namespaceSource: 'default', memberNamespace: DEFAULT_CONTRACT_NS, memberSource: 'default' };
}

/** What the consultant entered, over the defaults. A member namespace not entered stays to be learned. */
export function enteredContract(o: ContractOverride): ConnectorContract {
  const namespace = o.namespace?.trim() || DEFAULT_CONTRACT_NS;
  const member = o.memberNamespace?.trim();
  return {
    namespace,
    namespaceSource: o.namespace?.trim() ? 'entered' : 'default',
    memberNamespace: member || namespace,
    memberSource: member ? 'entered' : 'default',
  };
}

export function wsdlContract(wsdlUrl: string, operations: Partial<Record<Operation, OperationContract>>): ConnectorContract {
  const namespace = operations.WSGetConfigData?.namespace ?? DEFAULT_CONTRACT_NS;
  const memberNamespace = operations.WSTestConfigData?.memberNamespace ?? namespace;
  return { namespace, namespaceSource: 'wsdl', memberNamespace, memberSource: 'wsdl', operations, wsdlUrl };
}

/** The options the SOAP builders take. */
export function toProtocol(c: ConnectorContract): ProtocolOptions {
  return { namespace: c.namespace, memberNamespace: c.memberNamespace, ...(c.operations ? { operations: c.operations } : {}) };
}

/** True when the member namespace is still a guess that an answer can correct. */
export function canLearn(c: ConnectorContract): boolean {
  return c.memberSource === 'default';
}

const LABEL = {
  wsdl: { en: "read from the connector's WSDL", no: 'lest fra koblingens WSDL' },
  learned: { en: "learned from the connector's answer", no: 'lært fra koblingens svar' },
  entered: { en: 'entered', no: 'fylt inn' },
  default: { en: 'default (not confirmed by the connector)', no: 'standard (ikke bekreftet av koblingen)' },
} as const;

export function sourceLabel(source: ContractSource, lang: 'en' | 'no'): string {
  return LABEL[source][lang];
}
