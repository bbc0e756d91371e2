// Errors the way the stand-in's REST API answers them: an HTTP status and a JSON body
// `{"Error": message, "ErrorType": …, "ErrorSource": …}` (the shape is the stand-in's best guess).
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errorType = 'SoException',
  ) {
    super(message);
  }

  body(source: string): { Error: string; ErrorType: string; ErrorSource: string } {
    return { Error: this.message, ErrorType: this.errorType, ErrorSource: source };
  }
}

export const badRequest = (msg: string) => new ApiError(400, msg, 'ArgumentException');
export const notFound = (msg: string) => new ApiError(404, msg, 'SoNotFoundException');

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
  throw badRequest(`${name} must be an integer`);
}
