// One line of the drafts list: enough to recognise a draft and see where it got to.
import { hashKeyId, valuesHash, type HashKey } from './hash';
import type { Connector, DraftView } from './schema';
import { STEPS, type StepName } from './schema';

export interface DraftSummary {
  id: string;
  tenant: string;
  name: string;
  /** The new connector's name (or URL), or `#<id>` of an existing one (the UI may look up its name). */
  connectorLabel: string;
  connector: Connector;
  step: number;
  stepName: StepName;
  updatedAt: number;
  lastTest: { at: number; where: 'browser' | 'crm'; ok: boolean; outcome: string } | null;
  /** Null when it cannot be told: no test yet, or a password was not kept this session. */
  valuesChangedSinceTest: boolean | null;
  applied: boolean;
  /** OK went through and its configuration steps are under way (not yet activated): resumed like an unfinished draft. */
  configuring: boolean;
  secretsMissing: string[];
  /** Issue 17: an edit of a connection in the CRM (the existing-connections view), not a wizard draft. */
  edit?: { erpConnectionId: number; erpConnectorId: number };
}

export function connectorLabel(c: Connector): string {
  return c.mode === 'existing' ? `#${c.erpConnectorId}` : c.name || c.url;
}

/**
 * Compares the current values with those of a test; null when that cannot be known (a password
 * not kept this session, or a hash made under a key this session does not have).
 */
export async function valuesChanged(draft: DraftView, testedHash: string | undefined, key: HashKey | null): Promise<boolean | null> {
  if (testedHash === undefined || draft.secretsMissing.length > 0) return null;
  if (testedHash === '') return true; // a test from before hashes were kept
  if (!key || hashKeyId(testedHash) !== key.id) return null;
  return (await valuesHash(key, draft.id, draft.connection.values)) !== testedHash;
}

export async function toSummary(draft: DraftView, key: HashKey | null): Promise<DraftSummary> {
  const t = draft.lastTest;
  return {
    id: draft.id,
    tenant: draft.tenant,
    name: draft.name,
    connectorLabel: connectorLabel(draft.connector),
    connector: draft.connector,
    step: draft.step,
    stepName: STEPS[draft.step] ?? 'install',
    updatedAt: draft.updatedAt,
    lastTest: t ? { at: t.at, where: t.where, ok: t.ok, outcome: t.outcome } : null,
    valuesChangedSinceTest: await valuesChanged(draft, t?.valuesHash, key),
    applied: draft.applied !== undefined,
    configuring: draft.applied !== undefined && draft.configure !== undefined && !draft.configure.saved.includes('active'),
    secretsMissing: draft.secretsMissing,
    ...(draft.edit ? { edit: draft.edit } : {}),
  };
}
