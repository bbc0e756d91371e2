// The ErpSync agent's entities as the REST API spells them (docs: ErpSync_Agent), and zod/mini
// schemas that check every answer. Nulls the CRM may send for empty members become '' / [] / {}.
import * as z from 'zod/mini';

export interface ErpSyncConnectorEntity {
  ErpConnectorId: number;
  DisplayName: string;
  URL: string;
  Deleted: boolean;
}

export interface ErpConnection {
  ErpConnectionId: number;
  ErpConnectorId: number;
  DisplayName: string;
  DisplayDescription: string;
  Active: boolean;
  /** The GUID the connector sees. */
  ConnectionId: string;
  MostRecentTimestamp: string;
  /** FieldKey → encoded value. */
  ConfigFields: Record<string, string>;
  Deleted: boolean;
  AllAccess: boolean;
  UserGroupAccessIds: number[];
  AssociateAccessIds: number[];
}

/** One row of GetAllConnectors. */
export interface ConnectorListItem {
  Id: number;
  Name: string;
  ToolTip: string;
}

export const RESPONSE_CODES = ['NoError', 'ErrorConnectorHasConnections', 'ErrorNotFound'] as const;
export type ErpSyncResponseCode = (typeof RESPONSE_CODES)[number];

const int = z.number().check(z.int());
const str = z.pipe(z.optional(z.nullable(z.string())), z.transform((s) => s ?? ''));
const bool = z.pipe(z.optional(z.nullable(z.boolean())), z.transform((b) => b ?? false));
const ids = z.pipe(z.optional(z.nullable(z.array(int))), z.transform((a) => a ?? []));
const fields = z.pipe(
  z.optional(z.nullable(z.record(z.string(), z.nullable(z.string())))),
  z.transform((o) => Object.fromEntries(Object.entries(o ?? {}).map(([k, v]) => [k, v ?? '']))),
);

export const ConnectorSchema: z.ZodMiniType<ErpSyncConnectorEntity> = z.object({ ErpConnectorId: int, DisplayName: str, URL: str, Deleted: bool });

export const ConnectionSchema: z.ZodMiniType<ErpConnection> = z.object({
  ErpConnectionId: int,
  ErpConnectorId: int,
  DisplayName: str,
  DisplayDescription: str,
  Active: bool,
  ConnectionId: str,
  MostRecentTimestamp: str,
  ConfigFields: fields,
  Deleted: bool,
  AllAccess: bool,
  UserGroupAccessIds: ids,
  AssociateAccessIds: ids,
});

export const ConnectorListSchema: z.ZodMiniType<ConnectorListItem[]> = z.array(z.object({ Id: int, Name: str, ToolTip: str }));

// A string enum by default; matched case-insensitively in case of another serializer setting.
export const ResponseCodeSchema: z.ZodMiniType<ErpSyncResponseCode> = z.pipe(
  z.string().check(z.refine((s) => RESPONSE_CODES.some((c) => c.toLowerCase() === s.toLowerCase()), 'not an ErpSyncResponseCode')),
  z.transform((s) => RESPONSE_CODES.find((c) => c.toLowerCase() === s.toLowerCase()) ?? 'ErrorNotFound'),
);

export const BoolSchema: z.ZodMiniType<boolean> = z.boolean();

/** 204 No Content: no body (or a literal `null`, as the docs' sample shows). */
export const NoContentSchema: z.ZodMiniType<null> = z.pipe(z.optional(z.null()), z.transform(() => null));

/** ToggleErpConnectionActive's array of strings (null read as none). */
export const MessagesSchema: z.ZodMiniType<string[]> = z.pipe(z.optional(z.nullable(z.array(z.string()))), z.transform((a) => a ?? []));

/** GetErpConnectionConfigFields: a string dictionary (null values read as ''). */
export const ConfigValuesSchema: z.ZodMiniType<Record<string, string>> = fields;
