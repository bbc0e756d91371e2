// Every way a call to a connector can end, as one discriminated union. Each outcome carries the
// measured latency and a hint in English and Norwegian that a consultant can act on.
import type { ResultWrapper } from './response';
import type { Operation } from './soap';

export interface Hint {
  en: string;
  no: string;
}

export type BadUrlReason = 'invalid' | 'scheme' | 'app-url' | 'plugin-url' | 'credentials' | 'too-long';
export type NotSoapReason =
  | 'html-page' | 'windows-auth' | 'empty' | 'not-xml' | 'no-envelope' | 'unexpected-response'
  /** A DOCTYPE or entity declarations: refused unexpanded, nothing fetched. */
  | 'doctype'
  /** Bytes that are not text in the charset declared (or implied): the CRM's reader fails on them too. */
  | 'bad-encoding';
export type UnreachableCause = 'dns' | 'refused' | 'reset' | 'network';
export type BodyKind = 'empty' | 'html' | 'xml' | 'text';
export type SoapVersion = '1.1' | '1.2';

export type Failure =
  | { kind: 'bad-url'; reason: BadUrlReason; detail: string }
  /** The caller's isPermitted(origin) said no: no request was made. */
  | { kind: 'not-permitted'; origin: string }
  /** fetch gave only a network error: name not resolved, connection refused or reset, blocked. */
  | { kind: 'unreachable'; cause: UnreachableCause; detail: string }
  | { kind: 'tls'; detail: string }
  | { kind: 'timeout'; timeoutMs: number }
  | { kind: 'cancelled' }
  /** `location` is null when the runtime hides it (an opaque redirect in a service worker). */
  | { kind: 'redirect'; status: number; location: string | null; sameOrigin: boolean | null }
  | { kind: 'http-status'; status: number; statusText: string; bodyKind: BodyKind; snippet: string }
  | { kind: 'not-soap'; reason: NotSoapReason; status: number; detail: string }
  | { kind: 'too-large'; limitBytes: number }
  | { kind: 'soap-fault'; status: number; faultcode: string; faultstring: string; detail: string | null; version: SoapVersion }
  /**
   * A WCF dispatcher fault saying the call does not fit the service's contract (ActionNotSupported,
   * ContractFilter mismatch, DeserializationFailed): the connector speaks another contract.
   */
  | { kind: 'contract-mismatch'; status: number; faultcode: string; faultstring: string; detail: string | null; version: SoapVersion }
  /** The connector answered properly and said no: IsOk=false. */
  | ({ kind: 'connector-error' } & ResultWrapper);

export type FailureKind = Failure['kind'];
export type OutcomeKind = 'ok' | FailureKind;

/** IsOk=true; `result` still carries State and explanations (OkWithInfo, Warning). */
export interface Success<T> {
  kind: 'ok';
  value: T;
  result: ResultWrapper;
}

export type Classified<T> = Success<T> | Failure;

export type Outcome<T> = Classified<T> & {
  operation: Operation;
  /** Milliseconds from sending to the whole answer read (0 when no request was made). */
  latencyMs: number;
  hint: Hint;
};

export const OUTCOME_KINDS: readonly OutcomeKind[] = [
  'ok', 'bad-url', 'not-permitted', 'unreachable', 'tls', 'timeout', 'cancelled', 'redirect',
  'http-status', 'not-soap', 'too-large', 'soap-fault', 'connector-error', 'contract-mismatch',
];
