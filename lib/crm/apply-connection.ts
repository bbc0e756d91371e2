// The ErpConnection the wizard saves, and the read-back comparison. There is no documented
// CreateDefault for connections, so the entity is built whole, as the native dialog's OK does.
import type { ErpConnection } from './schemas';

/** What the consultant chooses for a connection, new or edited. */
export interface ConnectionChoice {
  name: string;
  description: string;
  allAccess: boolean;
  /** Associate ids (not person ids); ignored when allAccess. */
  associateIds: number[];
  groupIds: number[];
  /** FieldKey → value, already encoded (`[I:1]`, …). */
  configFields: Record<string, string>;
}

export interface ApplyConnection extends ConnectionChoice {
  /** On a retry after the connection was saved: update this one instead of adding another. */
  erpConnectionId?: number;
  /** FieldKeys of Password fields: the CRM may answer them masked or re-encoded on read-back. */
  secretKeys?: string[];
}

const uniqueSorted = (ids: readonly number[]) => [...new Set(ids)].sort((a, b) => a - b);

/** The entity's fields for a choice's name, description and visibility (ids once each, sorted). */
export function choiceFields(c: ConnectionChoice): Pick<ErpConnection, 'DisplayName' | 'DisplayDescription' | 'AllAccess' | 'UserGroupAccessIds' | 'AssociateAccessIds'> {
  return {
    DisplayName: c.name.trim(),
    DisplayDescription: c.description.trim(),
    AllAccess: c.allAccess,
    UserGroupAccessIds: c.allAccess ? [] : uniqueSorted(c.groupIds),
    AssociateAccessIds: c.allAccess ? [] : uniqueSorted(c.associateIds),
  };
}

/** A GUID for the connector to know the connection by (a previous one is kept). */
function newGuid(): string {
  return globalThis.crypto.randomUUID();
}

export function connectionFromPlan(erpConnectorId: number, c: ApplyConnection, previous: ErpConnection | null): ErpConnection {
  return {
    ErpConnectionId: previous?.ErpConnectionId ?? 0,
    ErpConnectorId: erpConnectorId,
    ...choiceFields(c),
    // A new connection stays inactive until the consultant has configured mappings (spec §1.4).
    Active: false,
    ConnectionId: previous?.ConnectionId || newGuid(),
    MostRecentTimestamp: previous?.MostRecentTimestamp ?? '',
    ConfigFields: { ...c.configFields },
    Deleted: false,
  };
}

export interface Readback {
  /** Names of what differs between what was sent and what the CRM holds. */
  differences: string[];
  /** Values that could not be compared (a Password answered masked or re-encoded). */
  notCompared: string[];
}

/**
 * What was sent against what the CRM holds. Whether GetConnection answers Password values masked
 * is not documented (docs/en/api/reference/restful/agent/ErpSync_Agent/v1ErpSyncAgent_GetConnection.md
 * shows ConfigFields as a plain dictionary): a Password field that comes back different is named as
 * not compared, never as a mismatch; one that comes back empty when a value was sent is the same.
 */
export function readback(sent: ErpConnection, got: ErpConnection, secretKeys: readonly string[] = []): Readback {
  const out: string[] = [];
  const notCompared: string[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (got.ErpConnectionId !== sent.ErpConnectionId) out.push('ErpConnectionId');
  if (got.ErpConnectorId !== sent.ErpConnectorId) out.push('ErpConnectorId');
  if (got.DisplayName.trim() !== sent.DisplayName) out.push('DisplayName');
  if (got.DisplayDescription.trim() !== sent.DisplayDescription) out.push('DisplayDescription');
  if (got.Deleted) out.push('Deleted');
  if (got.AllAccess !== sent.AllAccess) out.push('AllAccess');
  if (!sent.AllAccess) {
    if (!same(uniqueSorted(got.AssociateAccessIds), sent.AssociateAccessIds)) out.push('AssociateAccessIds');
    if (!same(uniqueSorted(got.UserGroupAccessIds), sent.UserGroupAccessIds)) out.push('UserGroupAccessIds');
  }
  const secret = new Set(secretKeys);
  const keys = new Set([...Object.keys(sent.ConfigFields), ...Object.keys(got.ConfigFields)]);
  for (const k of [...keys].sort()) {
    if (got.ConfigFields[k] === sent.ConfigFields[k]) continue;
    // Present with any value (masked or re-encoded), or absent: not something a read-back can check.
    if (secret.has(k) && k in sent.ConfigFields) notCompared.push(`ConfigFields.${k}`);
    else out.push(`ConfigFields.${k}`);
  }
  return { differences: out, notCompared };
}

/** Names of what differs between what was sent and what the CRM holds (no field treated as secret). */
export function readbackDifferences(sent: ErpConnection, got: ErpConnection): string[] {
  return readback(sent, got).differences;
}
