// ErpSyncActorTypeMapping and its field mappings as the REST API spells them
// (docs/en/api/reference/restful/agent/ErpSync_Agent/v1ErpSyncAgent_GetActorTypeMapping.md).
// Tolerant: nulls become ''/false, unknown members are ignored.
import * as z from 'zod/mini';

export interface ErpFieldMapping {
  ErpFieldId: number;
  CrmFieldKey: string;
  CrmDisplayName: string;
  CrmDisplayTooltip: string;
  ErpFieldKey: string;
  FieldType: string;
  ErpDisplayName: string;
  ErpDisplayTooltip: string;
  SyncToCrm: boolean;
  SyncToErp: boolean;
  ShowInGui: boolean;
  ShowInSearch: boolean;
  AlreadyMapped: boolean;
  MissingInERP: boolean;
  MissingInCRM: boolean;
  /** `Normal`, `Mandatory` or `ReadOnly`. */
  Access: string;
  /** The ERP list's name for List fields. */
  ListReference: string;
}

export interface ErpSyncActorTypeMapping {
  ErpConnectionId: number;
  IsActive: boolean;
  FieldMappings: ErpFieldMapping[];
  ActorTypeErp: string;
  ActorTypeCrm: string;
}

const int = z.number().check(z.int());
const str = z.pipe(z.optional(z.nullable(z.string())), z.transform((s) => s ?? ''));
const bool = z.pipe(z.optional(z.nullable(z.boolean())), z.transform((b) => b ?? false));

const FieldMappingSchema: z.ZodMiniType<ErpFieldMapping> = z.object({
  ErpFieldId: z.pipe(z.optional(z.nullable(int)), z.transform((n) => n ?? 0)),
  CrmFieldKey: str,
  CrmDisplayName: str,
  CrmDisplayTooltip: str,
  ErpFieldKey: z.string(),
  FieldType: str,
  ErpDisplayName: str,
  ErpDisplayTooltip: str,
  SyncToCrm: bool,
  SyncToErp: bool,
  ShowInGui: bool,
  ShowInSearch: bool,
  AlreadyMapped: bool,
  MissingInERP: bool,
  MissingInCRM: bool,
  Access: z.pipe(z.optional(z.nullable(z.string())), z.transform((s) => s || 'Normal')),
  ListReference: str,
});

export const ActorTypeMappingSchema: z.ZodMiniType<ErpSyncActorTypeMapping> = z.object({
  ErpConnectionId: int,
  IsActive: bool,
  FieldMappings: z.pipe(z.optional(z.nullable(z.array(FieldMappingSchema))), z.transform((a) => a ?? [])),
  ActorTypeErp: z.string(),
  ActorTypeCrm: str,
});

/** ToggleErpConnectionActive: the messages that stopped the change; empty (or none) when it went through. */
export const ToggleMessagesSchema: z.ZodMiniType<string[]> = z.pipe(
  z.optional(z.nullable(z.array(z.nullable(z.string())))),
  z.transform((a) => (a ?? []).filter((s): s is string => !!s && s.trim() !== '')),
);
