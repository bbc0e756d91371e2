// The local SuperOffice stand-in: a CRM (tenants, admin pages, REST API with the ErpSync agent)
// and a reference Sync Connector (SOAP, two profiles, failure modes), both real HTTP servers.
import { startConnector } from './connector/server.ts';
import { isConnectorMode, type ConnectorMode } from './connector/modes.ts';
import { PROFILE_NAMES, type ProfileName } from './connector/profiles.ts';
import { DEFAULT_APP_ID } from './crm/connector-url.ts';
import type { CrmState } from './crm/model.ts';
import type { CrmQuirk } from './crm/quirks.ts';
import { startCrm } from './crm/server.ts';
import { SOAP_TIMEOUT_MS } from './crm/soap-client.ts';
import { Store } from './crm/store.ts';
import { seedState } from './crm/model.ts';
import { HEALTH_TENANT, healthSeed } from './crm/health-tenant.ts';
import { makeCertificate } from './tls.ts';

export type { ConnectorMode, ProfileName, CrmState };
export { CONNECTOR_MODES } from './connector/modes.ts';
export { PROFILE_NAMES } from './connector/profiles.ts';
export { CRM_QUIRKS, isCrmQuirk, type CrmQuirk } from './crm/quirks.ts';
export { DEMO_PASSWORD, DEMO_USER } from './crm/session.ts';

export interface StandinOptions {
  crmPort?: number;
  connectorPort?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Only the CRM speaks HTTPS; `true` makes a self-signed certificate at start. */
  https?: boolean | { cert: string; key: string };
  dataFile?: string;
  /** app://<id> → connector URL. Default: app://erp-sync-demo → the finance profile. */
  apps?: Record<string, string>;
  /** Initial failure mode per connector profile. */
  connectorModes?: Partial<Record<ProfileName, ConnectorMode>>;
  /** How long the CRM waits for a connector (default 10 s). */
  crmSoapTimeoutMs?: number;
  /** Documented CRM behaviours switched on from the start (standin/crm/quirks.ts). */
  crmQuirks?: CrmQuirk[];
}

export interface Standin {
  crmOrigin: string;
  connectorOrigin: string;
  adminUrl(lang?: 'en' | 'no', custId?: string): string;
  connectorUrl(profile: ProfileName): string;
  setConnectorMode(profile: ProfileName, mode: ConnectorMode): void;
  state(): CrmState;
  close(): Promise<void>;
}

export async function startStandin(opts: StandinOptions = {}): Promise<Standin> {
  const host = opts.host ?? '127.0.0.1';
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const connector = await startConnector(opts.connectorPort ?? 0, host);
  const connectorOrigin = `http://${urlHost}:${connector.port}`;
  const connectorUrl = (p: ProfileName) => `${connectorOrigin}/${p}/ErpConnectorWS.svc`;
  for (const [p, m] of Object.entries(opts.connectorModes ?? {})) if (isConnectorMode(m) && (PROFILE_NAMES as readonly string[]).includes(p)) connector.setMode(p as ProfileName, m);
  const tls = opts.https === true ? await makeCertificate() : opts.https || undefined;
  // Cust55555 (issue 17's health check) points at this run's connector and needs it to hold its connections.
  const health = healthSeed(connectorUrl('finance'));
  for (const r of health.remembered) connector.remember('finance', r.guid, r.info);
  const store = new Store(opts.dataFile, () => ({ tenants: { ...seedState().tenants, [HEALTH_TENANT]: structuredClone(health.tenant) } }));
  const apps = { [DEFAULT_APP_ID]: connectorUrl('finance'), ...opts.apps };
  let crm;
  try {
    crm = await startCrm({ port: opts.crmPort ?? 0, host, tls, store, apps, soapTimeoutMs: opts.crmSoapTimeoutMs ?? SOAP_TIMEOUT_MS, quirks: opts.crmQuirks ?? [] });
  } catch (e) {
    await connector.close();
    throw e;
  }
  const crmOrigin = `${tls ? 'https' : 'http'}://${urlHost}:${crm.port}`;
  return {
    crmOrigin,
    connectorOrigin,
    adminUrl: (lang = 'en', custId = 'Cust12345') => `${crmOrigin}/${custId}/admin/default.aspx${lang === 'no' ? '?lang=no' : ''}`,
    connectorUrl,
    setConnectorMode: (p, m) => connector.setMode(p, m),
    state: () => structuredClone(store.state),
    close: async () => {
      await Promise.all([crm.close(), connector.close()]);
    },
  };
}
