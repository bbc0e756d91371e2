// Why OK is still disabled, as a list the panel shows in words. Empty list = OK may be pressed.
import type { ValueProblem } from '../protocol';

export type Blocker =
  | { code: 'no-connector' }
  | { code: 'no-name' }
  | { code: 'no-visibility' }
  | { code: 'field'; problem: ValueProblem }
  | { code: 'fields-not-loaded' }
  | { code: 'not-tested' }
  | { code: 'test-stale' }
  | { code: 'test-failed' }
  /** Only this browser's test passed: the CRM's own test must pass for these values. */
  | { code: 'crm-not-tested' }
  /** Longer than the CRM's database takes (254 characters: docs/en/database/tables/erpconnection.md, erpconnector.md). */
  | { code: 'too-long'; field: 'name' | 'description' | 'connector-name' };

export interface BlockerInput {
  hasConnector: boolean;
  name: string;
  visibility: { all: boolean; associateIds: readonly number[]; groupIds: readonly number[] };
  fieldsLoaded: boolean;
  problems: readonly ValueProblem[];
  test: TestVerdict;
  /** Lengths checked against the database's limits; absent = not checked. */
  lengths?: { name: number; description: number; connectorName: number };
}

/** ErpConnection.DisplayName/DisplayDescription and ErpConnector.DisplayName: String(254). */
export const DB_TEXT_MAX = 254;

/** The test that counts for the values as they are now. */
export type TestVerdict = 'none' | 'stale' | 'passed' | 'failed' | 'browser-only';

export function okBlockers(i: BlockerInput): Blocker[] {
  const out: Blocker[] = [];
  if (!i.hasConnector) out.push({ code: 'no-connector' });
  if (!i.name.trim()) out.push({ code: 'no-name' });
  if (!i.visibility.all && i.visibility.associateIds.length === 0 && i.visibility.groupIds.length === 0) out.push({ code: 'no-visibility' });
  if (!i.fieldsLoaded) out.push({ code: 'fields-not-loaded' });
  if (i.lengths) {
    if (i.lengths.connectorName > DB_TEXT_MAX) out.push({ code: 'too-long', field: 'connector-name' });
    if (i.lengths.name > DB_TEXT_MAX) out.push({ code: 'too-long', field: 'name' });
    if (i.lengths.description > DB_TEXT_MAX) out.push({ code: 'too-long', field: 'description' });
  }
  for (const problem of i.problems) if (problem.code !== 'unknown-field') out.push({ code: 'field', problem });
  if (i.test === 'none') out.push({ code: 'not-tested' });
  else if (i.test === 'stale') out.push({ code: 'test-stale' });
  else if (i.test === 'failed') out.push({ code: 'test-failed' });
  else if (i.test === 'browser-only') out.push({ code: 'crm-not-tested' });
  return out;
}
