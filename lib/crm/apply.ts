// Write the wizard's result into the CRM: the Sync Connector (when new), then the ERP connection,
// then read the connection back and compare. A failure says which stage broke and carries any id
// already created, so a retry reuses it instead of making a duplicate.
import type { CrmClient } from './agent';
import { connectionFromPlan, readback, type ApplyConnection } from './apply-connection';
import type { CrmError, Plain } from './result';
import type { ErpConnection } from './schemas';

export interface ApplyPlan {
  connector: { mode: 'existing'; erpConnectorId: number } | { mode: 'new'; name: string; url: string };
  connection: ApplyConnection;
}

export type ApplyStage = 'connector' | 'connection' | 'readback' | 'readback-mismatch';

export interface ApplyError {
  kind: ApplyStage;
  message: Plain;
  /** The CRM's error behind it (absent for a read-back mismatch). */
  cause: CrmError | null;
  /** Set once the connector exists (created now or chosen): retry with `{mode:'existing'}`. */
  erpConnectorId?: number;
  /** Set once the connection was saved: retry with `connection.erpConnectionId` to update it. */
  erpConnectionId?: number;
  /** For `readback-mismatch`: `DisplayName`, `AssociateAccessIds`, `ConfigFields.<key>`, … */
  differences?: string[];
}

export type ApplyResult =
  | { ok: true; erpConnectorId: number; erpConnectionId: number; /** Read back but not comparable (masked passwords). */ notCompared: string[] }
  | { ok: false; error: ApplyError };

const KEPT: Plain = { en: 'Nothing you typed is lost: fix the problem and apply again.', no: 'Ingenting du har skrevet, går tapt: rett problemet og lagre på nytt.' };
const join = (a: Plain, b: Plain): Plain => ({ en: `${a.en} ${b.en}`, no: `${a.no} ${b.no}` });

function failure(kind: ApplyStage, lead: Plain, cause: CrmError | null, ids: { erpConnectorId?: number; erpConnectionId?: number }, differences?: string[]): ApplyResult {
  const message = join(cause ? join(lead, cause.message) : lead, KEPT);
  return { ok: false, error: { kind, message, cause, ...ids, ...(differences ? { differences } : {}) } };
}

async function ensureConnector(client: CrmClient, plan: ApplyPlan): Promise<ApplyResult | number> {
  if (plan.connector.mode === 'existing') return plan.connector.erpConnectorId;
  const lead: Plain = { en: 'The Sync Connector could not be created.', no: 'Sync Connectoren kunne ikke opprettes.' };
  const draft = await client.createDefaultConnector();
  if (!draft.ok) return failure('connector', lead, draft.error, {});
  const saved = await client.saveConnector({ ...draft.value, DisplayName: plan.connector.name.trim(), URL: plan.connector.url.trim(), Deleted: false });
  if (!saved.ok) return failure('connector', lead, saved.error, {});
  return saved.value.ErpConnectorId;
}

export async function applyToCrm(client: CrmClient, plan: ApplyPlan): Promise<ApplyResult> {
  const connectorId = await ensureConnector(client, plan);
  if (typeof connectorId !== 'number') return connectorId;
  const created = plan.connector.mode === 'new';
  const ids = { erpConnectorId: connectorId };

  // Updating on retry keeps the connection's GUID, so the connector sees the same connection.
  let previous: ErpConnection | null = null;
  if (plan.connection.erpConnectionId) {
    const r = await client.getConnection(plan.connection.erpConnectionId);
    if (!r.ok) return failure('connection', { en: 'The ERP connection to update could not be read.', no: 'ERP-koblingen som skulle oppdateres, kunne ikke leses.' }, r.error, ids);
    previous = r.value;
  }
  const entity = connectionFromPlan(connectorId, plan.connection, previous);
  const saved = await client.saveConnection(entity);
  if (!saved.ok) {
    const lead: Plain = created
      ? { en: `The Sync Connector was created (id ${connectorId}), but the ERP connection could not be saved; applying again reuses that connector.`, no: `Sync Connectoren ble opprettet (id ${connectorId}), men ERP-koblingen kunne ikke lagres; lagrer du på nytt, brukes den samme connectoren.` }
      : { en: 'The ERP connection could not be saved.', no: 'ERP-koblingen kunne ikke lagres.' };
    return failure('connection', lead, saved.error, ids);
  }
  const erpConnectionId = saved.value.ErpConnectionId;
  const withConnection = { ...ids, erpConnectionId };

  const back = await client.getConnection(erpConnectionId);
  if (!back.ok) return failure('readback', { en: `The ERP connection was saved (id ${erpConnectionId}), but reading it back to check it failed.`, no: `ERP-koblingen ble lagret (id ${erpConnectionId}), men den kunne ikke leses tilbake for kontroll.` }, back.error, withConnection);
  const { differences, notCompared } = readback({ ...entity, ErpConnectionId: erpConnectionId }, back.value, plan.connection.secretKeys);
  if (differences.length)
    return failure('readback-mismatch', {
      en: `The ERP connection was saved (id ${erpConnectionId}), but the CRM holds different values for: ${differences.join(', ')}.`,
      no: `ERP-koblingen ble lagret (id ${erpConnectionId}), men CRM-et har andre verdier for: ${differences.join(', ')}.`,
    }, null, withConnection, differences);
  return { ok: true, erpConnectorId: connectorId, erpConnectionId, notCompared };
}
