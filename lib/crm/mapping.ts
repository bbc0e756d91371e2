// The ErpSync agent's configuration calls (field mappings, activation), beside agent.ts so the
// connection client stays as it is. Bodies as SuperOffice documents them:
// docs/en/api/reference/restful/agent/ErpSync_Agent/v1ErpSyncAgent_GetActorTypeMapping.md
// ({ErpConnectionId, ActorType}), …_SaveActorTypeMapping.md ({Mapping}),
// …_ToggleErpConnectionActive.md ({ErpConnectionId}).
import type { CrmClientOptions } from './agent';
import { DEFAULT_TIMEOUT_MS, request, type Transport } from './http';
import { ActorTypeMappingSchema, ToggleMessagesSchema, type ErpSyncActorTypeMapping } from './mapping-schemas';
import { ok, type CrmResult } from './result';
import { ConnectionSchema } from './schemas';
import type * as z from 'zod/mini';

export type { ErpFieldMapping, ErpSyncActorTypeMapping } from './mapping-schemas';

export interface MappingClient {
  getActorTypeMapping(erpConnectionId: number, actorType: string): Promise<CrmResult<ErpSyncActorTypeMapping>>;
  saveActorTypeMapping(mapping: ErpSyncActorTypeMapping): Promise<CrmResult<ErpSyncActorTypeMapping>>;
  /** Flips Active; answers the CRM's reasons when it refused (empty when it went through). */
  toggleActive(erpConnectionId: number): Promise<CrmResult<string[]>>;
  /** Whether the connection is active now (GetConnection): Toggle flips, so ask first. */
  isActive(erpConnectionId: number): Promise<CrmResult<boolean>>;
}

/** Only the members the documentation lists go back; the carrier's TableRight/FieldProperties stay out. */
const mappingBody = (m: ErpSyncActorTypeMapping): ErpSyncActorTypeMapping => ({
  ErpConnectionId: m.ErpConnectionId,
  IsActive: m.IsActive,
  ActorTypeErp: m.ActorTypeErp,
  ActorTypeCrm: m.ActorTypeCrm,
  FieldMappings: m.FieldMappings.map((f) => ({ ...f })),
});

export function transportFrom(opts: CrmClientOptions): Transport {
  return {
    apiBase: opts.apiBase.endsWith('/') ? opts.apiBase : `${opts.apiBase}/`,
    xsrfToken: opts.xsrfToken,
    fetch: opts.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    lang: opts.lang ?? 'en',
    timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
}

export function createMappingClient(opts: CrmClientOptions): MappingClient {
  const t = transportFrom(opts);
  const agent = <T>(name: string, body: unknown, schema: z.ZodMiniType<T>) => request(t, { method: 'POST', path: `Agents/ErpSync/${name}`, body }, schema);
  return {
    getActorTypeMapping: (id, actorType) => agent('GetActorTypeMapping', { ErpConnectionId: id, ActorType: actorType }, ActorTypeMappingSchema),
    saveActorTypeMapping: (m) => agent('SaveActorTypeMapping', { Mapping: mappingBody(m) }, ActorTypeMappingSchema),
    toggleActive: (id) => agent('ToggleErpConnectionActive', { ErpConnectionId: id }, ToggleMessagesSchema),
    isActive: async (id) => {
      const r = await agent('GetConnection', { ErpConnectionId: id }, ConnectionSchema);
      return r.ok ? ok(r.value.Active) : r;
    },
  };
}
