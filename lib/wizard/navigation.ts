// Moving between steps: back always works and loses nothing; forward only when the current step
// is complete, otherwise the specific reasons are shown.
import { fieldLabel } from '../protocol';
import { problemText } from './problem-text';
import type { WizardState } from './model';
import { sameConnectorUrl } from './connector-url';

export function connectorStepErrors(s: WizardState): string[] {
  const t = s.texts.value;
  const c = s.connector.value;
  if (c.mode === 'existing') return s.connectorUrl.value ? [] : [t.chooseConnector];
  const out: string[] = [];
  if (!c.name.trim()) out.push(t.nameMissing);
  const info = s.urlInfo.value;
  if (!info.ok) out.push(t.urlProblems[info.problem]);
  return out;
}

/** Existing connectors that look like the one being added (pointed out, not forbidden). */
export function connectorDuplicates(s: WizardState): { byUrl: { id: number; name: string } | null; byName: { id: number; name: string } | null } {
  const c = s.connector.value;
  const list = s.crm.connectors.value ?? [];
  if (c.mode !== 'new') return { byUrl: null, byName: null };
  return {
    byUrl: (c.url.trim() && list.find((x) => sameConnectorUrl(x.url, c.url))) || null,
    byName: (c.name.trim() && list.find((x) => x.name.trim().toLowerCase() === c.name.trim().toLowerCase())) || null,
  };
}

export function connectionStepErrors(s: WizardState): string[] {
  const t = s.texts.value;
  const out: string[] = [];
  if (!s.name.value.trim()) out.push(t.connectionNameMissing);
  const v = s.visibility.value;
  if (!v.all && v.associateIds.length === 0 && v.groupIds.length === 0) out.push(t.visibilityMissing);
  const f = s.fields.value;
  if (!f) out.push(t.blockers['fields-not-loaded']);
  for (const p of s.prepared.value.problems) {
    if (p.code === 'unknown-field') continue;
    const field = f?.list.find((x) => x.FieldKey === p.FieldKey);
    out.push(t.fieldBlocker(field ? fieldLabel(field, s.lang) : p.FieldKey, problemText(s, p.FieldKey, p.code)));
  }
  return out;
}

export function stepErrors(s: WizardState, step: number): string[] {
  if (step === 1) return connectorStepErrors(s);
  if (step === 2) return connectionStepErrors(s);
  if (step === 3) {
    const v = s.testVerdict.value;
    return v === 'passed' ? [] : [s.texts.value.blockers[v === 'none' ? 'not-tested' : v === 'stale' ? 'test-stale' : 'test-failed']];
  }
  return [];
}

export function goNext(s: WizardState): boolean {
  const errors = stepErrors(s, s.step.value);
  s.stepErrors.value = errors;
  if (errors.length) return false;
  s.step.value = Math.min(s.step.value + 1, 5);
  return true;
}

export function goBack(s: WizardState) {
  s.stepErrors.value = [];
  s.step.value = Math.max(0, s.step.value - 1);
}

/**
 * Jump from the progress indicator, to any step: a consultant may look ahead (the OK step says
 * what is still missing). Next is what checks a step.
 */
export function goTo(s: WizardState, target: number) {
  s.stepErrors.value = [];
  s.step.value = Math.max(0, Math.min(target, 5));
}

/**
 * What a step's mark says, from the wizard's real state (not from where the consultant is): a failed
 * test is failed, a test of other values is stale, an incomplete step is not yet done.
 */
export type StepState = 'done' | 'failed' | 'stale' | 'todo';

export function stepState(s: WizardState, step: number): StepState {
  const applied = s.applyStatus.value.state === 'done';
  switch (step) {
    case 0:
      return s.step.value > 0 || s.connectorUrl.value ? 'done' : 'todo';
    case 1:
      return connectorStepErrors(s).length === 0 ? 'done' : 'todo';
    case 2:
      return connectionStepErrors(s).length === 0 ? 'done' : 'todo';
    case 3: {
      const v = s.testVerdict.value;
      // A browser-only pass while the CRM can be asked is not the test OK waits for: not yet done.
      return v === 'passed' ? 'done' : v === 'none' || v === 'browser-only' ? 'todo' : v;
    }
    case 4:
      if (s.applyStatus.value.state === 'failed') return 'failed';
      // Applied, then values changed: the CRM holds other values than the panel shows.
      return applied ? (s.testVerdict.value === 'passed' ? 'done' : 'stale') : 'todo';
    default:
      return applied ? 'done' : 'todo';
  }
}
