// The last check of a tenant's connections, kept in the extension's own storage, so the list still
// shows each connection's last verdict and when after a reload or on the next visit ("the ERP tab
// is empty since Monday": was it healthy on Friday?). Results hold no configuration value
// (model.ts), so nothing secret is kept. Read back through a schema: an older version's shape, or
// anything else found under the key, is dropped, never shown.
import * as z from 'zod/mini';
import { byTenant, type TenantStore } from './by-tenant';
import type { ConnectionResult, ConnectorResult } from './model';

const checks = byTenant('lastCheckByTenant', 50);
const MAX_ROWS = 1000;

const Text = z.string().check(z.maxLength(4000));
const PlainText = z.object({ en: Text, no: Text });
const Id = z.number().check(z.int(), z.nonnegative());
const ConnectionSchema = z.looseObject({
  id: Id,
  at: Text,
  crm: z.looseObject({ state: z.enum(['passed', 'failed', 'error']), ms: z.number() }),
  browser: z.looseObject({ state: z.enum(['skipped', 'done']) }),
  verdict: z.looseObject({ verdict: Text, tone: z.enum(['ok', 'warning', 'error', 'info']), message: PlainText }),
});
const ConnectorSchema = z.looseObject({ id: Id, reachable: z.nullable(z.boolean()), ms: z.number(), message: z.nullable(PlainText) });
const Saved = z.object({
  at: Text,
  connections: z.array(ConnectionSchema).check(z.maxLength(MAX_ROWS)),
  connectors: z.array(ConnectorSchema).check(z.maxLength(MAX_ROWS)),
});

export interface LastCheck {
  /** ISO time the check ended. */
  at: string;
  connections: Map<number, ConnectionResult>;
  connectors: Map<number, ConnectorResult>;
}

export interface LastCheckMemory {
  load(tenant: string): Promise<LastCheck | null>;
  save(tenant: string, check: LastCheck): Promise<void>;
}

export function lastCheckMemory(store: TenantStore): LastCheckMemory {
  return {
    async load(tenant) {
      const r = Saved.safeParse(await checks.get(store, tenant));
      if (!r.success) return null;
      return {
        at: r.data.at,
        connections: new Map(r.data.connections.map((c) => [c.id, c as unknown as ConnectionResult])),
        connectors: new Map(r.data.connectors.map((c) => [c.id, c as unknown as ConnectorResult])),
      };
    },
    async save(tenant, check) {
      await checks.put(store, tenant, { at: check.at, connections: [...check.connections.values()].slice(0, MAX_ROWS), connectors: [...check.connectors.values()].slice(0, MAX_ROWS) });
    },
  };
}
