// How the CRM says no, read as SuperOffice documents it:
// * Agents (docs/en/api/web-services/endpoints/agents-webapi/index.md, "Errors"): "The agents do not
//   return HTTP errors": 200 with `null` when there is nothing to return, 200 with an internal error
//   object `{"Message": …, "MessageDetail": …}` when the data is invalid, 400 for a malformed request.
// * REST (docs/en/api/web-services/endpoints/rest-webapi/index.md, "Errors"): an HTTP status and
//   `{"Error": true, "ErrorType": …, "ErrorMessage": …, "ErrorSource": …}` (`Error` a boolean).
// * 401 (docs/en/api/web-services/webapi/index.md): a request without a valid X-XSRF-TOKEN. A 401 or
//   403 is read by what the CRM says: the session/token (reload the page) or a refusal (rights, the
//   Online-restricted agent). Older CRMs sent `Error` as the text: both readings are accepted.
import type { CrmErrorKind } from './result';

export interface CrmSays {
  message: string;
  detail: string | null;
  type: string | null;
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** The CRM's own words in an answer body (REST error or agent Message), if it has any. */
export function crmSays(body: unknown): CrmSays | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const o = body as Record<string, unknown>;
  const rest = str(o.ErrorMessage) ?? str(o.Error);
  if (rest) return { message: rest, detail: str(o.ErrorSource), type: str(o.ErrorType) };
  const message = str(o.Message);
  if (message) return { message, detail: str(o.MessageDetail) ?? str(o.ExceptionMessage), type: str(o.ExceptionType) };
  return null;
}

/** An agent's 200 answer that is its internal error object, not a value. */
export function isAgentMessage(body: unknown): boolean {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return false;
  const keys = Object.keys(body);
  return typeof (body as Record<string, unknown>).Message === 'string' && keys.every((k) => /^(Message|MessageDetail|ExceptionMessage|ExceptionType|StackTrace|InnerException)$/.test(k));
}

const SESSION = /xsrf|csrf|anti-?forgery|token|session|logged (out|in)|log ?in|sign(ed)? ?in|authenticat|expired/i;
const REFUSED = /restrict|access denied|denied|not (allowed|enabled|available)|rights?\b|permission|licen[cs]e|forbidden/i;

/** 401/403: the session or token (reload the page) or a refusal (rights, Online restriction)? */
export function authKind(status: 401 | 403, says: CrmSays | null): CrmErrorKind {
  const text = `${says?.type ?? ''} ${says?.message ?? ''} ${says?.detail ?? ''}`;
  if (/SoAccessDenied/i.test(text) || (REFUSED.test(text) && !/xsrf|token|session/i.test(text))) return 'forbidden';
  if (/SoAuthentication/i.test(text) || SESSION.test(text)) return 'unauthorized';
  return status === 401 ? 'unauthorized' : 'forbidden';
}
