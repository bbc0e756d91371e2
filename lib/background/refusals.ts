// How many messages the background refused, by reason. Kept in memory and mirrored to
// storage.session (closed to content scripts), so a worker the browser stopped and woke again
// keeps counting; the browser clears it on restart. The options page shows it as diagnostics.
import { browser } from 'wxt/browser';
import { REFUSAL_KINDS, type Refusal, type RefusalCounts, type RefusalKind, type Replies } from '../messages/protocol';
import type { Handlers } from './router';

const KEY = 'refusedMessages';

interface Area {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface RefusalCounter {
  count(kind: RefusalKind): Promise<void>;
  read(): Promise<RefusalCounts>;
}

const zero = (): Record<RefusalKind, number> => Object.fromEntries(REFUSAL_KINDS.map((k) => [k, 0])) as Record<RefusalKind, number>;
const whole = (n: unknown): number => (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : 0);

export function createRefusalCounter(area: () => Area | undefined = () => browser.storage?.session, now = Date.now): RefusalCounter {
  const state: RefusalCounts = { counts: zero(), lastAt: null };
  // What an earlier life of the worker counted is added to whatever was counted while reading it.
  const loaded = (async () => {
    try {
      const stored = (await area()?.get(KEY))?.[KEY] as Partial<RefusalCounts> | undefined;
      const counts = (stored?.counts ?? {}) as Record<string, unknown>;
      for (const k of REFUSAL_KINDS) state.counts[k] += whole(counts[k]);
      const at = whole(stored?.lastAt);
      if (at && (state.lastAt === null || at > state.lastAt)) state.lastAt = at;
    } catch {
      // No session storage here: memory only.
    }
  })();
  const snapshot = (): RefusalCounts => ({ counts: { ...state.counts }, lastAt: state.lastAt });
  // One writer at a time, always writing the whole current state: a flood of refusals becomes a
  // few writes, none lost or reordered.
  let dirty = false;
  let writer: Promise<void> | null = null;
  function persist(): Promise<void> {
    dirty = true;
    writer ??= (async () => {
      try {
        await loaded;
        while (dirty) {
          dirty = false;
          try {
            await area()?.set({ [KEY]: snapshot() });
          } catch {
            // Storage full or gone: the count stays in memory.
          }
        }
      } finally {
        writer = null;
      }
    })();
    return writer;
  }
  return {
    async count(kind) {
      state.counts[kind] += 1;
      state.lastAt = now();
      await persist();
    },
    async read() {
      await loaded;
      return snapshot();
    },
  };
}

/** `ui/refusals`: the counts, for the options page. */
export function createRefusalHandlers(counter: RefusalCounter): Pick<Handlers, 'ui/refusals'> {
  return { 'ui/refusals': async () => ({ ok: true, value: await counter.read() }) };
}

type ConnectorHandlers = Pick<Handlers, 'panel/connector-fields' | 'panel/connector-test' | 'panel/connector-list'>;

/** A connector call for a host the consultant never granted is refused (before any request): count it. */
export function countingNotPermitted(counter: RefusalCounter, handlers: ConnectorHandlers): ConnectorHandlers {
  const counted = async <R extends Replies['panel/connector-fields'] | Replies['panel/connector-test'] | Replies['panel/connector-list']>(reply: R): Promise<R> => {
    const value = reply.ok ? (reply.value as { kind?: string; fields?: { kind?: string }; list?: { kind?: string } }) : null;
    if (value?.kind === 'not-permitted' || value?.fields?.kind === 'not-permitted' || value?.list?.kind === 'not-permitted') await counter.count('not-permitted');
    return reply;
  };
  return {
    'panel/connector-fields': async (m, s) => counted(await handlers['panel/connector-fields'](m, s)),
    'panel/connector-test': async (m, s) => counted(await handlers['panel/connector-test'](m, s)),
    'panel/connector-list': async (m, s) => counted(await handlers['panel/connector-list'](m, s)),
  };
}

/** The answer to every message from another extension or a web page: refused, unread, counted. */
export function refuseExternal(counter: RefusalCounter) {
  return async (): Promise<Refusal> => {
    await counter.count('unknown-sender');
    return { ok: false, error: { code: 'unknown-sender', message: 'This extension accepts no messages from other extensions or web pages' } };
  };
}

/** The extension talks by single messages only: any port is closed at once, and counted. */
export function refusePort(counter: RefusalCounter, kind: RefusalKind) {
  return (port: { disconnect(): void }) => {
    port.disconnect();
    void counter.count(kind);
  };
}
