// The result every CRM call answers with: never a throw, always a value or a typed error whose
// message a consultant can act on, in English and Norwegian (bokmål).
import type { Hint } from '../protocol';

/** A plain sentence in both languages the panel speaks. */
export type Plain = Hint;

export type CrmErrorKind =
  /** 401, or a redirect to a sign-in page: the session expired or the user is not logged in. */
  | 'unauthorized'
  /** 403: missing rights, the Online-restricted ErpSync agent, or a missing/stale XSRF token. */
  | 'forbidden'
  | 'not-found'
  /** 400: the CRM refused the input; `detail` holds its own message. */
  | 'validation'
  | 'server'
  | 'network'
  | 'timeout'
  /** Not JSON, or JSON of the wrong shape. */
  | 'bad-response';

export interface CrmError {
  kind: CrmErrorKind;
  /** HTTP status; null when no answer came (network, timeout). */
  status: number | null;
  message: Plain;
  /** The CRM's own text (its `Error` member) or a technical note, for "details" views and logs. */
  detail: string | null;
  /** Which endpoint, e.g. `Agents/ErpSync/SaveConnection`. */
  endpoint: string;
}

export type CrmResult<T> = { ok: true; value: T } | { ok: false; error: CrmError };

export const ok = <T>(value: T): CrmResult<T> => ({ ok: true, value });
export const fail = (error: CrmError): CrmResult<never> => ({ ok: false, error });
