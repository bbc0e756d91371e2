// The check as Markdown and JSON for the customer's ticket. Built only from the inventory and the
// results, which hold no configuration value: no password or Password-field value can be in it.
import type { Lang } from '../i18n/lang';
import type { ConnectionResult, ConnectorResult, Inventory } from './model';
import { summary } from './summary';

export interface HealthReport {
  tenant: string;
  startedAt: string;
  elapsedMs: number;
  cancelled: boolean;
  summary: { en: string; no: string };
  connectors: Array<{ id: number; name: string; url: string; kind: string; connections: number; reachableFromCrm: boolean | null; ms: number | null }>;
  connections: Array<{
    id: number; name: string; connector: string; active: boolean; visibility: string;
    crm: string; crmMs: number | null; browser: string; browserMs: number | null; actorTypes: string[] | null;
    verdict: string; explanation: string; hint: string | null; checkedAt: string | null;
  }>;
}

export interface ReportInput {
  tenant: string;
  startedAt: string;
  elapsedMs: number;
  cancelled: boolean;
  inventory: Inventory;
  connectors: ReadonlyMap<number, ConnectorResult>;
  connections: ReadonlyMap<number, ConnectionResult>;
  lang: Lang;
}

export function buildReport(i: ReportInput): HealthReport {
  const { inventory: inv, lang } = i;
  return {
    tenant: i.tenant,
    startedAt: i.startedAt,
    elapsedMs: Math.round(i.elapsedMs),
    cancelled: i.cancelled,
    summary: summary(inv.connections.length, [...i.connections.values()], [...i.connectors.values()], i.cancelled),
    connectors: inv.connectors.map((c) => {
      const r = i.connectors.get(c.id);
      return { id: c.id, name: c.name, url: c.url, kind: c.kind, connections: c.connections, reachableFromCrm: r?.reachable ?? null, ms: r?.ms ?? null };
    }),
    connections: inv.connections.map((c) => {
      const r = i.connections.get(c.id);
      const b = r?.browser;
      return {
        id: c.id, name: c.name, connector: inv.connectors.find((x) => x.id === c.connectorId)?.name ?? `#${c.connectorId}`, active: c.active, visibility: c.visibility[lang],
        crm: r ? r.crm.state : 'not checked', crmMs: r?.crm.ms ?? null,
        browser: !b ? 'not checked' : b.state === 'skipped' ? 'skipped' : b.outcome, browserMs: b?.state === 'done' ? b.ms : null,
        actorTypes: b?.state === 'done' ? b.actorTypes : null,
        verdict: r?.verdict.verdict ?? 'not-checked', explanation: r?.verdict.message[lang] ?? '',
        hint: b?.state === 'done' && b.outcome !== 'ok' ? [b.said ? `The connector said: ${b.said.text[lang]}${b.said.code ? ` (${b.said.code})` : ''}` : '', b.hint[lang]].filter(Boolean).join(' ') : b?.state === 'skipped' ? b.reason[lang] : null,
        checkedAt: r?.at ?? null,
      };
    }),
  };
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const ms = (n: number | null) => (n === null ? '–' : `${n} ms`);

export function reportMarkdown(r: HealthReport): string {
  const out = [
    `# ERP Sync health check — ${r.tenant}`, '',
    `Checked ${r.startedAt} (${(r.elapsedMs / 1000).toFixed(1)} s)${r.cancelled ? ', cancelled' : ''}.`, '',
    `**${r.summary.en}**`, '',
    '## Sync Connectors', '',
    '| Connector | URL | Connections | Reachable from the CRM | Time |', '|---|---|---|---|---|',
    ...r.connectors.map((c) => `| ${cell(c.name)} | ${cell(c.url)} | ${c.connections} | ${c.reachableFromCrm === null ? 'not checked' : c.reachableFromCrm ? 'yes' : 'no'} | ${ms(c.ms)} |`),
    '', '## ERP connections', '',
    '| Connection | Connector | Active | Visible to | CRM test | Browser test | Verdict |', '|---|---|---|---|---|---|---|',
    ...r.connections.map((c) => `| ${cell(c.name)} | ${cell(c.connector)} | ${c.active ? 'yes' : 'no'} | ${cell(c.visibility)} | ${c.crm} (${ms(c.crmMs)}) | ${c.browser} (${ms(c.browserMs)}) | ${c.verdict} |`),
    '',
    ...r.connections.flatMap((c) => [`- **${cell(c.name)}**: ${c.explanation}${c.hint ? ` ${c.hint}` : ''}${c.actorTypes ? ` Actor types: ${c.actorTypes.join(', ')}.` : ''}`]),
    '',
  ];
  return out.join('\n');
}

export const reportJson = (r: HealthReport): string => JSON.stringify(r, null, 2);
