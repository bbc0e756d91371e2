// The line on top of the check: "3 of 4 connections healthy; 1 connector unreachable from the CRM".
import type { Plain } from '../crm';
import type { ConnectionResult, ConnectorResult } from './model';

export const isHealthy = (r: ConnectionResult): boolean => r.verdict.tone === 'ok';

export function summary(total: number, results: readonly ConnectionResult[], connectors: readonly ConnectorResult[], cancelled = false): Plain {
  const healthy = results.filter(isHealthy).length;
  const down = connectors.filter((c) => c.reachable === false).length;
  const split = results.filter((r) => r.verdict.verdict === 'crm-cannot-reach').length;
  const en = [`${healthy} of ${total} connections healthy`];
  const no = [`${healthy} av ${total} koblinger i orden`];
  if (down) {
    en.push(`${down} connector${down === 1 ? '' : 's'} unreachable from the CRM`);
    no.push(`${down} connector${down === 1 ? '' : 'er'} utilgjengelig fra CRM-et`);
  }
  if (split) {
    en.push(`${split} reachable from this browser but not from the CRM`);
    no.push(`${split} nås fra denne nettleseren, men ikke fra CRM-et`);
  }
  if (cancelled) {
    en.push(`cancelled after ${results.length} of ${total}`);
    no.push(`avbrutt etter ${results.length} av ${total}`);
  }
  return { en: en.join('; '), no: no.join('; ') };
}
