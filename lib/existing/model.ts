// What the health check of a tenant's existing Sync tab knows: its connectors and connections as
// the CRM lists them, and the result of checking each. No configuration value is held here, so
// nothing secret can reach a report.
import type { Comparison, Plain } from '../crm';
import type { OutcomeKind } from '../protocol';

export type UrlKind = 'https' | 'http' | 'app' | 'plugin' | 'other';

export interface ConnectorRow {
  id: number;
  name: string;
  url: string;
  kind: UrlKind;
  /** Connections (not deleted) that use it. */
  connections: number;
}

export interface ConnectionRow {
  id: number;
  name: string;
  connectorId: number;
  active: boolean;
  /** The GUID the connector knows the connection by. */
  guid: string;
  /** "Everyone", or how many groups and users may see it. */
  visibility: Plain;
}

export interface Inventory {
  connectors: ConnectorRow[];
  connections: ConnectionRow[];
}

/** The CRM's own test: yes/no, or why it could not run. */
export type CrmCheck = { state: 'passed' | 'failed'; ms: number } | { state: 'error'; ms: number; message: Plain };

/** The browser's test of the saved connection (WSTestConnection, then WSGetSupportedActorTypes). */
export type BrowserCheck =
  | { state: 'skipped'; reason: Plain }
  | { state: 'done'; outcome: OutcomeKind; ms: number; hint: Plain; actorTypes: string[] | null; said?: ConnectorSaid };

/** When the connector answered IsOk=false: its own words (UserExplanation resolved per language) and code. */
export interface ConnectorSaid {
  code: string | null;
  text: Plain;
}

export interface ConnectionResult {
  id: number;
  crm: CrmCheck;
  browser: BrowserCheck;
  verdict: Comparison;
  /** ISO time the check of this row ended. */
  at: string;
}

export interface ConnectorResult {
  id: number;
  /** TestConnectorUrl from the CRM's servers. */
  reachable: boolean | null;
  ms: number;
  message: Plain | null;
}

export function urlKind(url: string): UrlKind {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url.trim())?.[1]?.toLowerCase();
  return scheme === 'https' || scheme === 'http' || scheme === 'app' || scheme === 'plugin' ? scheme : 'other';
}

export const browserCanTest = (kind: UrlKind): boolean => kind === 'http' || kind === 'https';
