// Pure classification: a network error, or an HTTP response (status, headers, text), becomes a
// Failure or a Success. No I/O here, so every branch is unit-testable.
import type { BodyKind, Classified, Failure } from './outcome';
import { readSoapResponse } from './response';
import type { XmlElement, XmlOptions } from './xml';

const DNS = ['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL'];
const REFUSED = ['ECONNREFUSED'];
const RESET = ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH'];
const TLS = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|HOSTNAME_MISMATCH|ERR_TLS|EPROTO/i;

/** Dig out Node's error code (`err.cause.code`); browsers give only "Failed to fetch". */
function errorCodes(err: unknown): { codes: string[]; text: string } {
  const codes: string[] = [];
  const texts: string[] = [];
  let e: unknown = err;
  for (let depth = 0; e && depth < 5; depth++) {
    if (typeof e === 'object') {
      const o = e as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
      if (typeof o.code === 'string') codes.push(o.code);
      if (typeof o.message === 'string') texts.push(o.message);
      if (Array.isArray(o.errors) && o.errors[0]) {
        e = o.errors[0];
        continue;
      }
      e = o.cause;
    } else {
      texts.push(String(e));
      break;
    }
  }
  return { codes, text: texts.join(': ') };
}

export function classifyNetworkError(err: unknown): Extract<Failure, { kind: 'unreachable' | 'tls' }> {
  const { codes, text } = errorCodes(err);
  const detail = [text, ...codes].filter(Boolean).join(' ').slice(0, 300) || 'network error';
  if (codes.some((c) => TLS.test(c)) || /certificate|ssl|tls/i.test(text)) return { kind: 'tls', detail };
  if (codes.some((c) => DNS.includes(c))) return { kind: 'unreachable', cause: 'dns', detail };
  if (codes.some((c) => REFUSED.includes(c))) return { kind: 'unreachable', cause: 'refused', detail };
  if (codes.some((c) => RESET.includes(c))) return { kind: 'unreachable', cause: 'reset', detail };
  return { kind: 'unreachable', cause: 'network', detail };
}

/** WCF's dispatcher faults for a call that does not fit the service contract (action, or body namespace). */
const CONTRACT_FAULT = /\b(ActionNotSupported|ContractFilter|DeserializationFailed)\b/i;

export interface HttpAnswer {
  status: number;
  statusText: string;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string>>;
  body: string;
  /** Origin the request went to, to tell same-origin redirects apart. */
  requestUrl: string;
  /**
   * Set when the bytes were not valid in the charset used (declared, or implied by a BOM or the
   * XML declaration; UTF-8 otherwise): the charset's name. `body` is then a lossy decoding.
   */
  badEncoding?: string;
}

export function bodyKind(body: string, contentType = ''): BodyKind {
  const t = body.replace(/^\uFEFF/, '').trimStart();
  if (!t) return 'empty';
  if (/^<!doctype html|^<html[\s>]/i.test(t) || (/text\/html/i.test(contentType) && t.startsWith('<'))) return 'html';
  if (t.startsWith('<')) return 'xml';
  return 'text';
}

/** Reading may be given the call's deadline: past it, the answer is a timeout like any other. */
export interface ReadDeadline extends Pick<XmlOptions, 'deadline' | 'now'> {
  timeoutMs: number;
}

export function classifyHttpAnswer<T>(
  a: HttpAnswer,
  operation: string,
  readPayload: (payload: XmlElement) => T,
  limit?: ReadDeadline,
): Classified<T> {
  const contentType = a.headers['content-type'] ?? '';
  if (a.status >= 300 && a.status < 400) {
    const location = a.headers['location'] ?? null;
    return { kind: 'redirect', status: a.status, location, sameOrigin: location === null ? null : sameOrigin(location, a.requestUrl) };
  }
  const auth = a.headers['www-authenticate'] ?? '';
  if (a.status === 401 && /\b(negotiate|ntlm)\b/i.test(auth)) {
    return { kind: 'not-soap', reason: 'windows-auth', status: 401, detail: `WWW-Authenticate: ${auth.slice(0, 100)}` };
  }
  // An HTML page (a sign-in page in Latin-1, say) is reported as the page it is, not as its encoding.
  if (a.badEncoding !== undefined && a.status >= 200 && a.status < 300 && bodyKind(a.body, contentType) !== 'html') {
    // Not read: a lossy decoding could pass here and still fail in the CRM's strict reader.
    return { kind: 'not-soap', reason: 'bad-encoding', status: a.status, detail: `The body is not valid ${a.badEncoding} text` };
  }
  const reading = readSoapResponse(a.body, operation, undefined, limit ? { deadline: limit.deadline, now: limit.now } : {});
  if (reading.kind === 'deadline') return { kind: 'timeout', timeoutMs: limit?.timeoutMs ?? 0 };
  if (reading.kind === 'fault') {
    const mismatch = CONTRACT_FAULT.test(`${reading.fault.faultcode} ${reading.fault.faultstring}`);
    return { kind: mismatch ? 'contract-mismatch' : 'soap-fault', status: a.status, ...reading.fault };
  }
  if (reading.kind === 'result') {
    if (!reading.result.IsOk) return { kind: 'connector-error', ...reading.result };
    try {
      return { kind: 'ok', value: readPayload(reading.payload), result: reading.result };
    } catch (e) {
      // Payload readers are written not to throw; this is the last line of defence.
      return { kind: 'not-soap', reason: 'unexpected-response', status: a.status, detail: String(e).slice(0, 200) };
    }
  }
  const kind = bodyKind(a.body, contentType);
  if (a.status < 200 || a.status >= 300) {
    return { kind: 'http-status', status: a.status, statusText: a.statusText, bodyKind: kind, snippet: snippet(a.body, kind) };
  }
  if (kind === 'html') return { kind: 'not-soap', reason: 'html-page', status: a.status, detail: titleOf(a.body) ?? 'An HTML page' };
  return { kind: 'not-soap', reason: reading.reason, status: a.status, detail: reading.detail };
}

function sameOrigin(location: string, requestUrl: string): boolean | null {
  try {
    return new URL(location, requestUrl).origin === new URL(requestUrl).origin;
  } catch {
    return null;
  }
}

function titleOf(html: string): string | null {
  const m = /<title[^>]*>([^<]{0,200})<\/title>/i.exec(html);
  return m?.[1]?.trim() ? `HTML page "${m[1].trim()}"` : null;
}

function snippet(body: string, kind: BodyKind): string {
  if (kind === 'html') return titleOf(body) ?? 'HTML page';
  return body.replace(/\s+/g, ' ').trim().slice(0, 200);
}
