// The wizard's CRM port over the ErpSync agent client: the CRM's own REST API, same origin, with
// the consultant's session and the page's XSRF token.
import { createCrmClient, type CrmClient } from '../crm/agent';
import { applyToCrm } from '../crm/apply';
import type { CrmError } from '../crm/result';
import { discoverCrmSession } from '../crm/session';
import { testByConfigId } from '../crm/test-target';
import { existingCrmFrom } from '../existing/crm-adapter';
import type { Lang } from '../i18n/lang';
import type { PortError, Res, WizardCrm } from './ports';

type CrmRes<T> = { ok: true; value: T } | { ok: false; error: CrmError };
const port = <T, U>(r: CrmRes<T>, map: (v: T) => U): Res<U> =>
  r.ok ? { ok: true, value: map(r.value) } : { ok: false, error: { kind: r.error.kind, message: r.error.message, ...(r.error.crm ? { crm: r.error.crm } : {}) } };

export function crmPortFrom(client: CrmClient): WizardCrm {
  return {
    async connectors() {
      const list = await client.getAllConnectors();
      if (!list.ok) return port(list, () => []);
      // The list has no URL; the entities do (a tenant has a handful of connectors).
      const entities = await Promise.all(list.value.map((c) => client.getConnector(c.Id)));
      const failed = entities.find((e) => !e.ok);
      if (failed && !failed.ok) return port(failed, () => []);
      return { ok: true, value: entities.flatMap((e) => (e.ok && !e.value.Deleted ? [{ id: e.value.ErpConnectorId, name: e.value.DisplayName, url: e.value.URL }] : [])) };
    },
    connections: async () => port(await client.getAllConnections(), (list) => list.filter((c) => !c.Deleted).map((c) => ({ id: c.ErpConnectionId, name: c.DisplayName, connectorId: c.ErpConnectorId }))),
    users: async () => port(await client.listUsers(), (list) => ({ users: list.users.map((u) => ({ associateId: u.associateId, name: u.name })), complete: list.complete })),
    groups: async () => port(await client.listUserGroups(), (list) => list.map((g) => ({ id: g.id, name: g.name }))),
    async addConnector(name, url) {
      const draft = await client.createDefaultConnector();
      if (!draft.ok) return port(draft, () => ({ id: 0, name, url }));
      const saved = await client.saveConnector({ ...draft.value, DisplayName: name, URL: url, Deleted: false });
      return port(saved, (e) => ({ id: e.ErpConnectorId, name: e.DisplayName, url: e.URL }));
    },
    configurationFields: async (id) => port(await client.getConfigurationFields(id), (f) => f.fields),
    testConnectorUrl: async (url) => port(await client.testConnectorUrl(url), (code) => code === 'NoError'),
    testConfig: async (id, fields) => port(await client.testConnectionByConfig(testByConfigId({ erpConnectorId: id }), fields), (v) => v),
    searchUsers: async (text) => port(await client.listUsers({ search: text }), (list) => list.users.map((u) => ({ associateId: u.associateId, name: u.name }))),
    canDeleteConnector: async (id) => port(await client.canDeleteConnector(id), (v) => v),
    deleteConnector: async (id) => port(await client.deleteConnector(id), (v) => v),
    existing: existingCrmFrom(client),
    async apply(plan) {
      const r = await applyToCrm(client, plan);
      if (r.ok) return { ok: true, value: { erpConnectorId: r.erpConnectorId, erpConnectionId: r.erpConnectionId, ...(r.notCompared.length ? { notCompared: r.notCompared } : {}) } };
      const kind = r.error.cause?.kind === 'forbidden' || r.error.cause?.kind === 'unauthorized' ? r.error.cause.kind : r.error.kind;
      const error: PortError = {
        kind,
        message: r.error.message,
        ...(r.error.erpConnectorId !== undefined ? { erpConnectorId: r.error.erpConnectorId } : {}),
        ...(r.error.erpConnectionId !== undefined ? { erpConnectionId: r.error.erpConnectionId } : {}),
        ...(r.error.cause?.crm ? { crm: r.error.cause.crm } : {}),
      };
      return { ok: false, error };
    },
  };
}

/** A port that answers every call with why the CRM cannot be reached from this page. */
function unavailable(error: PortError): WizardCrm {
  const no = async () => ({ ok: false as const, error });
  return { connectors: no, connections: no, users: no, groups: no, addConnector: no, configurationFields: no, testConnectorUrl: no, testConfig: no, apply: no };
}

export function crmPortForPage(doc: Document, lang: Lang): WizardCrm {
  const session = discoverCrmSession(doc);
  if (!session.ok) return unavailable({ kind: session.reason, message: session.message });
  return crmPortFrom(createCrmClient({ apiBase: session.location.apiBase, xsrfToken: session.xsrfToken, lang }));
}
