// List item mappings through the ErpSync agent:
// docs/en/api/reference/restful/agent/ErpSync_Agent/v1ErpSyncAgent_GetConnectionListMappings.md
// ({ErpConnectionId} → ErpConnectionListMappingContainer) and …_SaveConnectionListMappings.md
// ({ListMapping}). The CRM's items of a list come as CrmList.ChildItems (MDOListItem).
import * as z from 'zod/mini';
import type { CrmClientOptions } from './agent';
import { request } from './http';
import { transportFrom } from './mapping';
import type { CrmResult } from './result';

export interface CrmListItem {
  Id: number;
  Name: string;
  Deleted: boolean;
}
export interface ErpCrmListItemMapping {
  ErpListItemId: string;
  ErpListItemName: string;
  CrmListItem: CrmListItem | null;
}
export interface ErpConnectionListMapping {
  CrmList: (CrmListItem & { ChildItems: CrmListItem[] }) | null;
  ErpListName: string;
  ErpCrmListItemMappings: ErpCrmListItemMapping[];
  ErpActorTypeName: string;
  ErpFieldId: number;
}
export interface ErpConnectionListMappingContainer {
  ErpListItemMappings: ErpConnectionListMapping[];
  ErpConnectionId: number;
  ErpConnectionName: string;
}

const int = z.number().check(z.int());
const str = z.pipe(z.optional(z.nullable(z.string())), z.transform((s) => s ?? ''));
const bool = z.pipe(z.optional(z.nullable(z.boolean())), z.transform((b) => b ?? false));
const arr = <T>(s: z.ZodMiniType<T>) => z.pipe(z.optional(z.nullable(z.array(s))), z.transform((a) => a ?? []));
const Item = z.object({ Id: int, Name: str, Deleted: bool });
const ContainerSchema: z.ZodMiniType<ErpConnectionListMappingContainer> = z.object({
  ErpListItemMappings: arr(
    z.object({
      CrmList: z.pipe(z.optional(z.nullable(z.object({ Id: int, Name: str, Deleted: bool, ChildItems: arr(Item) }))), z.transform((x) => x ?? null)),
      ErpListName: str,
      ErpCrmListItemMappings: arr(z.object({ ErpListItemId: z.string(), ErpListItemName: str, CrmListItem: z.pipe(z.optional(z.nullable(Item)), z.transform((x) => x ?? null)) })),
      ErpActorTypeName: str,
      ErpFieldId: int,
    }),
  ),
  ErpConnectionId: int,
  ErpConnectionName: str,
});

export interface ListMappingClient {
  getListMappings(erpConnectionId: number): Promise<CrmResult<ErpConnectionListMappingContainer>>;
  saveListMappings(container: ErpConnectionListMappingContainer): Promise<CrmResult<ErpConnectionListMappingContainer>>;
}

export function createListMappingClient(opts: CrmClientOptions): ListMappingClient {
  const t = transportFrom(opts);
  return {
    getListMappings: (id) => request(t, { method: 'POST', path: 'Agents/ErpSync/GetConnectionListMappings', body: { ErpConnectionId: id } }, ContainerSchema),
    saveListMappings: (c) => request(t, { method: 'POST', path: 'Agents/ErpSync/SaveConnectionListMappings', body: { ListMapping: c } }, ContainerSchema),
  };
}
