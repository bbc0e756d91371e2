// How the stand-in's API fails, as SuperOffice documents it:
// * REST endpoints (docs/en/api/web-services/endpoints/rest-webapi/index.md, "Errors"): an HTTP
//   error status and `{"Error": true, "ErrorType": "SoNotFoundException", "ErrorMessage": …,
//   "ErrorSource": …}` — `Error` is a boolean, the text is in `ErrorMessage`.
// * Agents (docs/en/api/web-services/endpoints/agents-webapi/index.md, "Errors"): "The agents do not
//   return HTTP errors": 200 with `null` when there is nothing to return (a missing id), 200 with an
//   internal error object `{"Message": …, "MessageDetail": …}` when the data is invalid, and 400 only
//   for a malformed request. api.ts turns the classes below into those answers.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errorType = 'SoException',
  ) {
    super(message);
  }

  body(source: string): { Error: true; ErrorType: string; ErrorMessage: string; ErrorSource: string } {
    return { Error: true, ErrorType: this.errorType, ErrorMessage: this.message, ErrorSource: source };
  }
}

/** Data the CRM will not take (too long, required, unknown id in a list): 200 + Message in an agent. */
export const badRequest = (msg: string) => new ApiError(400, msg, 'ArgumentException');
/** Nothing to return: 404 on a REST endpoint, 200 + `null` in an agent. */
export const notFound = (msg: string) => new ApiError(404, msg, 'SoNotFoundException');
/** A request the server cannot even read (not JSON, a number that is not one): 400 everywhere. */
export const malformed = (msg: string) => new ApiError(400, msg, 'MalformedRequest');

/** Read a field of a JSON body case-insensitively, as ASP.NET's binder does. */
export function field(body: unknown, name: string): unknown {
  if (!body || typeof body !== 'object') return undefined;
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(body)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

export function intField(body: unknown, name: string, required = true): number {
  const v = field(body, name);
  const n = typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v;
  if (typeof n === 'number' && Number.isInteger(n)) return n;
  if (!required && v === undefined) return 0;
  // A missing parameter is "the data is invalid" (the docs' own example); a wrong type is malformed.
  if (v === undefined || v === null) throw badRequest(`The parameters dictionary contains a null entry for parameter '${name}'.`);
  throw malformed(`${name} must be an integer`);
}

/** The agent's answer for a thrown error (docs/en/api/web-services/endpoints/agents-webapi/index.md). */
export function agentFailure(e: unknown): { status: number; body: unknown } {
  if (e instanceof ApiError && e.errorType === 'MalformedRequest') return { status: 400, body: { Message: 'The request is invalid.', MessageDetail: e.message } };
  if (e instanceof ApiError && e.status === 404) return { status: 200, body: null };
  if (e instanceof ApiError && e.status === 400) return { status: 200, body: { Message: 'The request is invalid.', MessageDetail: e.message } };
  return { status: 200, body: { Message: 'An error has occurred.', MessageDetail: e instanceof Error ? e.message : String(e) } };
}
