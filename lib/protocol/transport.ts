// One SOAP POST over fetch, bounded in every direction: a timeout (below an MV3 worker's 30 s
// fetch limit) that keeps running while the body is read, so a body that drips or never ends is
// cut off too; the caller's AbortSignal; a cap on the body read as a stream; no redirects
// followed. Returns the raw answer or a transport failure, with the latency. Never throws.
import { decodeBody } from './charset';
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
  /** Told how many body bytes were read (the cap, when reading stopped there): a budget across calls counts them. */
  onBytes?: (bytes: number) => void;
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
    const res = await untilAborted(controller.signal, (opts.fetch ?? fetch)(url.href, {
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
    }));
    if (res.type === 'opaqueredirect') {
      return done({ kind: 'redirect', status: res.status, location: null, sameOrigin: null } as const);
    }
    const headers: Record<string, string> = {};
    res.headers.forEach((v, k) => (headers[k.toLowerCase()] = v));
    const declared = Number(headers['content-length'] ?? NaN);
    if (declared > maxBytes) {
      void res.body?.cancel().catch(() => undefined);
      opts.onBytes?.(maxBytes); // counted as a read to the cap: a budget across calls is spent
      return done({ kind: 'too-large', limitBytes: maxBytes } as const);
    }
    const bytes = await readCapped(res, maxBytes, controller.signal);
    opts.onBytes?.(bytes === null ? maxBytes : bytes.byteLength);
    if (bytes === null) return done({ kind: 'too-large', limitBytes: maxBytes } as const);
    const decoded = decodeBody(headers['content-type'] ?? '', bytes);
    const answer: HttpAnswer = { status: res.status, statusText: res.statusText, headers, body: decoded.text, requestUrl: url.href };
    if (!decoded.valid) answer.badEncoding = decoded.charset;
    return done({ kind: 'answer', answer } as const);
  } catch (err) {
    return done(stopped() ?? classifyNetworkError(err));
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onCallerAbort);
  }
}

/**
 * The promise, or a rejection as soon as the signal aborts: the timeout holds even with a fetch
 * (or a body stream) that ignores its signal.
 */
export function untilAborted<T>(signal: AbortSignal, p: Promise<T>): Promise<T> {
  if (signal.aborted) return Promise.reject(new DOMException('aborted', 'AbortError'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new DOMException('aborted', 'AbortError'));
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The body's bytes, or null once they pass the cap (reading stops there). */
export async function readCapped(res: Response, maxBytes: number, signal: AbortSignal): Promise<Uint8Array | null> {
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const stop = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', stop, { once: true });
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await untilAborted(signal, reader.read());
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        // Not awaited: a server that never acknowledges must not hold the answer up.
        stop();
        return null;
      }
      chunks.push(value);
    }
  } finally {
    signal.removeEventListener('abort', stop);
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return all;
}
