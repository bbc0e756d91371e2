// Stored drafts carry `schema`; each step here lifts a record one version, as a pure function,
// so every old shape can be tested from a fixture (tests/fixtures/drafts/v<N>-*.json).
// Records from before `schema` existed are version 0.
import * as z from 'zod/mini';
import { STORED_SCHEMA, StoredDraft } from './schema';

/**
 * Version 0 (extension 0.0.x): flat fields, ISO timestamps, visibility as a string beside two id
 * lists, and values as an array of {key, value, type}, passwords included (the reason v1 exists).
 */
export const DraftV0 = z.object({
  id: z.string(),
  tenant: z.string(),
  title: z.string(),
  rev: z.number(),
  created: z.string(),
  modified: z.string(),
  step: z.number(),
  connectorId: z.nullable(z.number()),
  connectorName: z.string(),
  connectorUrl: z.string(),
  connectionName: z.string(),
  description: z.string(),
  visibility: z.enum(['all', 'specified']),
  associateIds: z.array(z.number()),
  groupIds: z.array(z.number()),
  values: z.array(z.object({ key: z.string(), value: z.string(), type: z.string() })),
  lastTestOk: z.nullable(z.boolean()),
  lastTestMessage: z.string(),
  lastTestAt: z.nullable(z.string()),
});
export type DraftV0 = z.infer<typeof DraftV0>;

const ms = (iso: string) => {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : 0;
};

/** v0 → v1. Password values are dropped, not moved: the consultant types them again. */
export function v0ToV1(old: DraftV0): unknown {
  const values: Record<string, string> = {};
  const secretKeys: string[] = [];
  for (const { key, value, type } of old.values) {
    if (type === 'Password') {
      if (!secretKeys.includes(key)) secretKeys.push(key);
      delete values[key];
    } else if (!secretKeys.includes(key)) values[key] = value;
  }
  return {
    schema: 1,
    id: old.id,
    tenant: old.tenant.replace(/\/+$/, ''),
    name: old.title,
    revision: Math.max(1, Math.trunc(old.rev)),
    createdAt: ms(old.created),
    updatedAt: ms(old.modified),
    step: Math.min(5, Math.max(0, Math.trunc(old.step))),
    connector: old.connectorId !== null
      ? { mode: 'existing', erpConnectorId: old.connectorId }
      : { mode: 'new', name: old.connectorName, url: old.connectorUrl },
    connection: {
      name: old.connectionName,
      description: old.description,
      visibility: old.visibility === 'all' ? { all: true } : { all: false, associateIds: old.associateIds, groupIds: old.groupIds },
      values,
    },
    secretKeys,
    // v0 kept no hash of what it tested: an empty hash reads as "values changed since".
    ...(old.lastTestOk !== null && old.lastTestAt
      ? { lastTest: { at: ms(old.lastTestAt), where: 'browser', outcome: old.lastTestMessage, ok: old.lastTestOk, valuesHash: '' } }
      : {}),
  };
}

/** One entry per version: lifts a record of version `i` to `i + 1`, or null when it does not fit. */
const STEPS: Array<(raw: unknown) => unknown | null> = [
  (raw) => {
    const old = z.safeParse(DraftV0, raw);
    return old.success ? v0ToV1(old.data) : null;
  },
];

export type Migrated = { ok: true; record: StoredDraft } | { ok: false; reason: 'newer' | 'unreadable' };

export function schemaOf(raw: unknown): number {
  if (raw && typeof raw === 'object' && 'schema' in raw && typeof raw.schema === 'number') return raw.schema;
  return 0;
}

/** Any stored record, of any version, as the current shape. */
export function migrateRecord(raw: unknown): Migrated {
  let version = schemaOf(raw);
  if (version > STORED_SCHEMA) return { ok: false, reason: 'newer' };
  let record: unknown = raw;
  while (version < STORED_SCHEMA) {
    const step = STEPS[version];
    record = step ? step(record) : null;
    if (record === null) return { ok: false, reason: 'unreadable' };
    version += 1;
  }
  const parsed = z.safeParse(StoredDraft, record);
  return parsed.success ? { ok: true, record: parsed.data } : { ok: false, reason: 'unreadable' };
}
