// When the browser and the CRM disagree about the current values, say what that usually means.
import { compareTests } from '../crm/compare';
import type { WizardState } from './model';

export function disagreement(s: WizardState): string | null {
  const key = s.currentKey.value;
  const b = s.browserTest.value?.key === s.browserKey.value ? s.browserTest.value.outcome.kind : null;
  const c = s.crmTest.value?.key === key && s.crmTest.value.result.ok ? s.crmTest.value.result.value : null;
  if (b === null || c === null) return null;
  // The CRM's URL test only says "reached": a connector that refused the browser's values was reached too.
  const reached = s.crmTest.value?.kind === 'url' && b === 'connector-error' ? 'ok' : b;
  const cmp = compareTests(reached, c, s.connectorUrl.value);
  return cmp.verdict === 'crm-cannot-reach' || cmp.verdict === 'browser-cannot-reach' ? cmp.message[s.lang] : null;
}
