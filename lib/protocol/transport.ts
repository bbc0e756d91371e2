// One SOAP POST over fetch, bounded in every direction: a timeout (below an MV3 worker's 30 s
// fetch limit), the caller's AbortSignal, a cap on the body read as a stream, no redirects
// followed. Returns the raw answer or a transport failure, with the latency. Never throws.
import type { HttpAnswer } from './classify';
import { classifyNetworkError } from './classify';
import type { Failure } from './outcome';
import type { SoapRequest } from './soap';

export const DEFAULT_TIMEOUT_MS = 15_000;
/** MV3 kills a service worker's fetch after 30 s: stay well below. */
export const MAX_TIMEOUT_MS = 25_000;
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

export interface TransportOptions {
  /** Clamped to 1..25 000 ms. Default 15 000. */
  timeoutMs?: number;
  /** Default 2 MB. The body is read as a stream and reading stops at the cap. */
  maxBytes?: number;
  signal?: AbortSignal;
  /** For tests or a wrapped fetch; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Clock for latency; defaults to performance.now / Date.now. */
  now?: () => number;
}

type TransportFailure = Extract<Failure, { kind: 'timeout' | 'cancelled' | 'unreachable' | 'tls' | 'too-large' | 'redirect' }>;
export type Transported = { latencyMs: number } & ({ kind: 'answer'; answer: HttpAnswer } | TransportFailure);

export function clampTimeout(ms: number | undefined): number {
  if (ms === undefined || !Number.isFinite(ms)) return DEFAULT_TIMEOUT_MS;
  return Math.min(MAX_TIMEOUT_MS, Math.max(1, Math.round(ms)));
}

const defaultNow = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export async function postSoap(url: URL, req: SoapRequest, opts: TransportOptions = {}): Promise<Transported> {
  const now = opts.now ?? defaultNow;
  const timeoutMs = clampTimeout(opts.timeoutMs);
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const started = now();
  const done = <T extends object>(r: T) => ({ ...r, latencyMs: Math.max(0, Math.round(now() - started)) });
  if (opts.signal?.aborted) return { kind: 'cancelled', latencyMs: 0 };

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onCallerAbort = () => controller.abort();
  opts.signal?.addEventListener('abort', onCallerAbort, { once: true });
  const stopped = (): TransportFailure | null =>
    timedOut ? { kind: 'timeout', timeoutMs } : opts.signal?.aborted ? { kind: 'cancelled' } : null;

  try {
    const res = await (opts.fetch ?? fetch)(url.href, {
      method: 'POST',
      headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: `"${req.soapAction}"`, Accept: 'text/xml, */*' },
      body: req.body,
      // A SOAP POST must not be silently re-sent elsewhere; in a service worker this gives an
      // opaque redirect response, in Node the 3xx itself.
      redirect: 'manual',
      // Windows sign-in or cookies would make the browser's test pass where the CRM's fails.
      credentials: 'omit',
      cache: 'no-store',
      signal: controller.signal,
    });
    if (res.type === 'opaqueredirect') {
      return done({ kind: 'redirect', status: res.status, location: null, sameOrigin: null } as const);
    }
    const headers: Record<string, string> = {};
    res.headers.forEach((v, k) => (headers[k.toLowerCase()] = v));
    const declared = Number(headers['content-length'] ?? NaN);
    if (declared > maxBytes) {
      void res.body?.cancel().catch(() => undefined);
      return done({ kind: 'too-large', limitBytes: maxBytes } as const);
    }
    const body = await readCapped(res, maxBytes, headers['content-type'] ?? '');
    if (body === null) return done({ kind: 'too-large', limitBytes: maxBytes } as const);
    return done({ kind: 'answer', answer: { status: res.status, statusText: res.statusText, headers, body, requestUrl: url.href } } as const);
  } catch (err) {
    return done(stopped() ?? classifyNetworkError(err));
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onCallerAbort);
  }
}

/** The body as text, or null once it passes the cap (reading stops there). */
async function readCapped(res: Response, maxBytes: number, contentType: string): Promise<string | null> {
  const decoder = makeDecoder(contentType);
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return decoder.decode(all);
}

function makeDecoder(contentType: string): TextDecoder {
  const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8');
  } catch {
    return new TextDecoder('utf-8');
  }
}
