// One field load (WSGetConfigData and the WSGetList calls for its List fields) shares one time
// budget and one byte budget: a connector that names 500 lists, each slow or huge, costs at most
// the timeout and FIELD_LOAD_MAX_BYTES in all, not 500 times each (issue 15). Calls run one after
// another, so the time spent is the sum of what they took. Used by the background and the CLI.
import { getConfigData, getListPage, type ClientOptions, type ListPage } from './client';
import type { DecodedFields } from './fields';
import { hintFor } from './hints';
import type { Classified, Outcome } from './outcome';
import type { Operation } from './soap';
import { clampTimeout, DEFAULT_MAX_BYTES } from './transport';

/** Fields and every list together: a few lists of a thousand items fit many times over. */
export const FIELD_LOAD_MAX_BYTES = 8 * 1024 * 1024;

export interface FieldLoad {
  /** Milliseconds of calls left. */
  msLeft: number;
  bytesLeft: number;
  /** The timeout the load started with (reported when it runs out). */
  readonly timeoutMs: number;
}

export function createFieldLoad(timeoutMs: number | undefined, maxBytes = FIELD_LOAD_MAX_BYTES): FieldLoad {
  const t = clampTimeout(timeoutMs);
  return { msLeft: t, bytesLeft: maxBytes, timeoutMs: t };
}

const defaultNow = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function spent<T>(load: FieldLoad, operation: Operation): Outcome<T> | null {
  const c: Classified<T> | null =
    load.msLeft < 1 ? { kind: 'timeout', timeoutMs: load.timeoutMs } : load.bytesLeft < 1 ? { kind: 'too-large', limitBytes: FIELD_LOAD_MAX_BYTES } : null;
  return c && { ...c, operation, latencyMs: 0, hint: hintFor(c) };
}

/** Runs one call with what is left of the load (a shorter timeout, a lower byte cap), then charges it. */
export async function withinLoad<T>(load: FieldLoad, operation: Operation, opts: ClientOptions, run: (o: ClientOptions) => Promise<Outcome<T>>): Promise<Outcome<T>> {
  const none = spent<T>(load, operation);
  if (none) return none;
  const now = opts.now ?? defaultNow;
  const started = now();
  let read = 0;
  const o = await run({
    ...opts,
    timeoutMs: Math.min(clampTimeout(opts.timeoutMs), Math.floor(load.msLeft)),
    maxBytes: Math.min(opts.maxBytes ?? DEFAULT_MAX_BYTES, load.bytesLeft),
    onBytes: (n) => {
      read += n;
      opts.onBytes?.(n);
    },
  });
  load.msLeft -= Math.max(1, now() - started);
  load.bytesLeft -= read;
  // What ran out is the load's budget, not this call's: say so with the load's own figures.
  if (o.kind === 'timeout' && load.msLeft < 1) return { ...o, timeoutMs: load.timeoutMs };
  return o;
}

export function loadConfigData(load: FieldLoad, url: string, opts: ClientOptions): Promise<Outcome<DecodedFields>> {
  return withinLoad(load, 'WSGetConfigData', opts, (o) => getConfigData(url, o));
}

export function loadList(load: FieldLoad, url: string, listName: string, opts: ClientOptions): Promise<Outcome<ListPage>> {
  return withinLoad(load, 'WSGetList', opts, (o) => getListPage(url, listName, o));
}
