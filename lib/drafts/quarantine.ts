// Records no migration could read are kept aside for a while (a later version may read them, a
// support case may want them), but never with a password in them, and not forever (issue 15).
import type { QuarantineEntry } from './db';

export const QUARANTINE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Key names under which a value is taken for a secret, whatever the record's shape. */
const SECRET_NAME = /pass|pwd|secret|token|api.?key|credential/i;
const MAX_DEPTH = 20;

/**
 * A copy with every secret value blanked: an object of `type` Password (v0's values) loses its
 * value, and so does any member whose name says secret. Too deep or odd parts are dropped.
 */
export function withoutSecrets(raw: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) return null;
  if (Array.isArray(raw)) return raw.map((x) => withoutSecrets(x, depth + 1));
  if (raw === null || typeof raw !== 'object') return typeof raw === 'function' ? null : raw;
  const o = raw as Record<string, unknown>;
  const secretValue = typeof o.type === 'string' && /password/i.test(o.type);
  const named = typeof o.key === 'string' && SECRET_NAME.test(o.key);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    const blank = (k === 'value' && (secretValue || named)) || (SECRET_NAME.test(k) && typeof v === 'string');
    Object.defineProperty(out, k, { value: blank ? '' : withoutSecrets(v, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

export function quarantineEntry(raw: unknown, now: number): QuarantineEntry {
  return { at: now, expiresAt: now + QUARANTINE_DAYS * DAY_MS, record: withoutSecrets(raw) };
}

/** Expired when past expiresAt; entries from before expiresAt existed expire QUARANTINE_DAYS after `at`. */
export function isExpired(e: QuarantineEntry, now: number): boolean {
  return now >= (e.expiresAt ?? e.at + QUARANTINE_DAYS * DAY_MS);
}
