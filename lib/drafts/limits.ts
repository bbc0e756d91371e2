// The limits a draft must stay within. They follow the CRM's own columns (names 255, URLs and
// config values 1023) so a draft that fits here also fits in SuperOffice when it is applied.
export const LIMITS = {
  name: 255,
  text: 1023,
  values: 500,
  ids: 1000,
  secretKeys: 500,
  /** An import file larger than this is refused before it is even parsed. */
  importBytes: 768 * 1024,
  /** How long a removed draft can be brought back. */
  undoMs: 10 * 60 * 1000,
  /** Test history kept per draft (oldest dropped first). */
  historyPerDraft: 50,
  /** ERP actor types a connection's configuration may hold (the protocol offers four). */
  configureActors: 16,
  /** List fields whose item choices a configuration may hold. */
  configureLists: 100,
} as const;

/** Keys that could reach an object's prototype if copied naively: refused everywhere. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);

/** The first unsafe key found anywhere in a parsed JSON value, or null. Depth-limited. */
export function findUnsafeKey(value: unknown, depth = 0): string | null {
  if (depth > 32) return '(too deep)';
  if (value === null || typeof value !== 'object') return null;
  for (const key of Object.keys(value)) {
    if (UNSAFE_KEYS.has(key)) return key;
    const found = findUnsafeKey((value as Record<string, unknown>)[key], depth + 1);
    if (found) return found;
  }
  return null;
}
