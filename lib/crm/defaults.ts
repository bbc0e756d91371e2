// First-sync defaults per ERP field through the ErpSync agent:
// docs/en/api/reference/restful/agent/ErpSync_Agent/v1ErpSyncAgent_GetDefaultValueInfo.md
// ({ErpFieldId} → ErpSyncDefaultValue) and …_SaveDefaultValueInfo.md ({ErpSyncDefaultValue}).
import * as z from 'zod/mini';
import type { CrmClientOptions } from './agent';
import { request } from './http';
import { transportFrom } from './mapping';
import type { CrmResult } from './result';

export interface ErpSyncDefaultValue {
  ErpFieldId: number;
  DefaultValue: string;
  HasFirstSyncDefaultValue: boolean;
  FirstSyncDefaultValue: string;
  PromptUser: boolean;
  Mandatory: boolean;
  ErpFieldKey: string;
  FieldType: string;
  ListName: string;
  Access: string;
}

const str = z.pipe(z.optional(z.nullable(z.string())), z.transform((s) => s ?? ''));
const bool = z.pipe(z.optional(z.nullable(z.boolean())), z.transform((b) => b ?? false));
const DefaultSchema: z.ZodMiniType<ErpSyncDefaultValue> = z.object({
  ErpFieldId: z.number().check(z.int()),
  DefaultValue: str, HasFirstSyncDefaultValue: bool, FirstSyncDefaultValue: str, PromptUser: bool, Mandatory: bool,
  ErpFieldKey: str, FieldType: str, ListName: str, Access: str,
});

export interface DefaultsClient {
  getDefault(erpFieldId: number): Promise<CrmResult<ErpSyncDefaultValue>>;
  saveDefault(value: ErpSyncDefaultValue): Promise<CrmResult<ErpSyncDefaultValue>>;
}

export function createDefaultsClient(opts: CrmClientOptions): DefaultsClient {
  const t = transportFrom(opts);
  return {
    getDefault: (id) => request(t, { method: 'POST', path: 'Agents/ErpSync/GetDefaultValueInfo', body: { ErpFieldId: id } }, DefaultSchema),
    saveDefault: (v) => request(t, { method: 'POST', path: 'Agents/ErpSync/SaveDefaultValueInfo', body: { ErpSyncDefaultValue: { ...v } } }, DefaultSchema),
  };
}
