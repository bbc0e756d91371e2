// Discovery: read a connector's contract from the metadata its WCF host publishes at the same
// path (`?singleWsdl`, else `?wsdl` and what it imports), the way SoapUI and Postman do, but
// safely: only from the connector URL's own origin (every import location is checked before any
// document is fetched; one elsewhere refuses the whole discovery), no redirects, no credentials,
// at most 16 documents, each size-capped, all within one deadline; DOCTYPEs are refused by the
// XML reader. Never throws.
import { classifyNetworkError } from './classify';
import { decodeBody } from './charset';
import type { Operation, OperationContract } from './soap';
import { clampTimeout, readCapped, untilAborted } from './transport';
import { checkConnectorUrl } from './url';
import { importsOf, readWsdl } from './wsdl';
import { parseXml, type XmlElement } from './xml';

export const MAX_METADATA_DOCUMENTS = 16;
export const MAX_METADATA_BYTES = 1024 * 1024;
/** What WCF's help page says when `httpGetEnabled` is off. */
const DISABLED = /Metadata publishing for this service is currently disabled/i;

export type DiscoveryMiss =
  /** The host says so: WCF's help page "Metadata publishing … is currently disabled". */
  | 'disabled'
  | 'not-found'
  | 'html'
  | 'not-wsdl'
  | 'http-status'
  | 'unreachable'
  | 'timeout'
  | 'cancelled'
  /** WSDL read, but the operations we call are not (completely) in it. */
  | 'incomplete';

export type DiscoveryRefusal = 'not-permitted' | 'cross-origin-import' | 'bad-import' | 'too-many-documents' | 'too-large' | 'doctype' | 'redirect';

export type Discovery =
  | { kind: 'found'; wsdlUrl: string; operations: Partial<Record<Operation, OperationContract>>; documents: string[] }
  /** No usable metadata: the caller falls back to the defaults. */
  | { kind: 'unavailable'; reason: DiscoveryMiss; detail: string; documents: string[] }
  /** Something unsafe was asked of us: refused, reported, and never fetched. */
  | { kind: 'refused'; reason: DiscoveryRefusal; detail: string; documents: string[] };

export interface DiscoveryOptions {
  /** The whole discovery's deadline (clamped like a call's timeout). */
  timeoutMs?: number;
  signal?: AbortSignal;
  fetch?: typeof fetch;
  isPermitted?: (origin: string) => boolean | Promise<boolean>;
  maxDocuments?: number;
  maxBytesPerDocument?: number;
}

/** The address metadata is read from: the connector's path, without `?ConnectorName=…` or a fragment. */
export function metadataBase(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

type Fetched = { ok: true; root: XmlElement } | { ok: false; stop: Exclude<Discovery, { kind: 'found' }> };

export async function discoverContract(rawUrl: string, opts: DiscoveryOptions = {}): Promise<Discovery> {
  const documents: string[] = [];
  const miss = (reason: DiscoveryMiss, detail: string) => ({ kind: 'unavailable', reason, detail, documents }) as const;
  const refuse = (reason: DiscoveryRefusal, detail: string) => ({ kind: 'refused', reason, detail, documents }) as const;
  const checked = checkConnectorUrl(rawUrl);
  if (!checked.ok) return miss('not-wsdl', checked.failure.detail);
  const origin = checked.url.origin;
  if (opts.isPermitted) {
    const allowed = await Promise.resolve(opts.isPermitted(origin)).catch(() => false);
    if (!allowed) return refuse('not-permitted', `No permission for ${origin}`);
  }
  const max = opts.maxDocuments ?? MAX_METADATA_DOCUMENTS;
  const controller = new AbortController();
  const timeoutMs = clampTimeout(opts.timeoutMs);
  let timedOut = false;
  const timer = setTimeout(() => ((timedOut = true), controller.abort()), timeoutMs);
  const onAbort = () => controller.abort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const stopped = () => (timedOut ? miss('timeout', `No complete metadata within ${timeoutMs} ms`) : miss('cancelled', 'Cancelled'));

  const get = async (href: string): Promise<Fetched> => {
    documents.push(href);
    try {
      const res = await untilAborted(controller.signal, (opts.fetch ?? fetch)(href, {
        method: 'GET', headers: { Accept: 'text/xml, application/xml, */*' }, redirect: 'manual', credentials: 'omit', cache: 'no-store', signal: controller.signal,
      }));
      if (res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400)) {
        void res.body?.cancel().catch(() => undefined);
        return { ok: false, stop: refuse('redirect', `${href} redirects (HTTP ${res.status}); not followed`) };
      }
      const limit = opts.maxBytesPerDocument ?? MAX_METADATA_BYTES;
      if (Number(res.headers.get('content-length') ?? NaN) > limit) {
        void res.body?.cancel().catch(() => undefined);
        return { ok: false, stop: refuse('too-large', `${href} is larger than ${limit} bytes`) };
      }
      const bytes = await readCapped(res, limit, controller.signal);
      if (bytes === null) return { ok: false, stop: refuse('too-large', `${href} is larger than ${limit} bytes`) };
      const text = decodeBody(res.headers.get('content-type') ?? '', bytes).text;
      if (DISABLED.test(text)) return { ok: false, stop: miss('disabled', 'Metadata publishing for this service is disabled') };
      if (res.status === 404) return { ok: false, stop: miss('not-found', `${href}: HTTP 404`) };
      if (res.status < 200 || res.status >= 300) return { ok: false, stop: miss('http-status', `${href}: HTTP ${res.status}`) };
      if (/^\s*(<!doctype html|<html[\s>])/i.test(text) || /text\/html/i.test(res.headers.get('content-type') ?? '')) {
        return { ok: false, stop: miss('html', `${href} is an HTML page`) };
      }
      const parsed = parseXml(text, { maxChars: limit });
      if (!parsed.ok) {
        return parsed.error.code === 'doctype'
          ? { ok: false, stop: refuse('doctype', `${href} declares a DOCTYPE: refused unread`) }
          : { ok: false, stop: miss('not-wsdl', `${href}: ${parsed.error.message}`) };
      }
      return { ok: true, root: parsed.root };
    } catch (err) {
      if (controller.signal.aborted) return { ok: false, stop: stopped() };
      return { ok: false, stop: miss('unreachable', classifyNetworkError(err).detail) };
    }
  };

  try {
    const base = metadataBase(checked.url);
    for (const first of [`${base}?singleWsdl`, `${base}?wsdl`]) {
      const found = await readFrom(first);
      if (found.kind !== 'unavailable' || found.reason === 'timeout' || found.reason === 'cancelled' || first.endsWith('?wsdl')) return found;
    }
    return miss('not-found', 'No metadata');
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }

  /** One document and everything it imports, breadth first; every import checked before any is fetched. */
  async function readFrom(start: string): Promise<Discovery> {
    const roots: XmlElement[] = [];
    const before = documents.length; // the 16 count across both attempts
    const seen = new Set<string>([start]);
    const queue = [start];
    while (queue.length) {
      const href = queue.shift() as string;
      const got = await get(href);
      if (!got.ok) return roots.length && got.stop.kind === 'unavailable' && got.stop.reason !== 'timeout' && got.stop.reason !== 'cancelled'
        ? miss('not-wsdl', `${href}: ${got.stop.detail}`) // an import that is not there: the WSDL is broken
        : got.stop;
      if (!roots.length && !(got.root.local === 'definitions')) return miss('not-wsdl', `${href} is not a WSDL (root <${got.root.name}>)`);
      roots.push(got.root);
      const next: string[] = [];
      for (const ref of importsOf(got.root)) {
        let target: URL;
        try {
          target = new URL(ref.location, href);
        } catch {
          return refuse('bad-import', `${ref.kind} location "${ref.location.slice(0, 200)}" is not a URL`);
        }
        target.hash = '';
        if (target.origin !== origin || (target.protocol !== 'http:' && target.protocol !== 'https:')) {
          return refuse('cross-origin-import', `${ref.kind} points at ${target.href.slice(0, 200)}, outside ${origin}: not fetched`);
        }
        if (!seen.has(target.href)) {
          seen.add(target.href);
          next.push(target.href);
        }
      }
      if (before + seen.size > max) return refuse('too-many-documents', `The metadata names ${before + seen.size} documents; at most ${max} are read`);
      queue.push(...next);
    }
    const contract = readWsdl(roots);
    if (contract.missing.length) return miss('incomplete', `The WSDL does not describe ${contract.missing.join(', ')}`);
    return { kind: 'found', wsdlUrl: start, operations: contract.operations, documents };
  }
}
