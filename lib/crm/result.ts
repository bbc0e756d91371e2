// The result every CRM call answers with: never a throw, always a value or a typed error whose
// message a consultant can act on, in English and Norwegian (bokmål).
import type { Hint } from '../protocol';

/** A plain sentence in both languages the panel speaks. */
export type Plain = Hint;

export type CrmErrorKind =
  /** 401/403 that names the session or the XSRF token, or a redirect to a sign-in page: reload the page. */
  | 'unauthorized'
  /** 401/403 for anything else: missing rights, or the Online-restricted ErpSync agent. */
  | 'forbidden'
  /** REST 404, or an agent's documented `null` ("nothing to return": no such id). */
  | 'not-found'
  /** An agent's documented 200 with an internal error object `{Message, MessageDetail}`. */
  | 'crm-message'
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
  /** The CRM's own words when it gave some: `Message`/`ErrorMessage`, and the details behind them. */
  crm?: { message: string; detail: string | null };
}

export type CrmResult<T> = { ok: true; value: T } | { ok: false; error: CrmError };

export const ok = <T>(value: T): CrmResult<T> => ({ ok: true, value });
export const fail = (error: CrmError): CrmResult<never> => ({ ok: false, error });
