// Readable output for a consultant's terminal, in English or Norwegian.
import { resolveText, sourceLabel, type ContractSource, type Hint, type ListItem, type OutcomeKind, type ResultWrapper } from '../lib/protocol';
import type { Lang } from './args';

export interface ReportField {
  FieldKey: string;
  FieldType: string;
  Access: string;
  Rank: number | null;
  label: string;
  description: string | null;
  /** As sent (encoded) and decoded for reading. */
  DefaultValue: string;
  default: string | null;
  MaxLength: number;
  ListName: string | null;
  /** List fields: the items from WSGetList, or null when the list could not be fetched. */
  items?: ListItem[] | null;
  SentFieldType?: string;
}

export interface CallSummary extends Record<string, unknown> {
  operation: string;
  kind: OutcomeKind;
  latencyMs: number;
  hint: Hint;
  result?: ResultWrapper;
  listName?: string;
}

export interface Report {
  url: string;
  lang: Lang;
  exitCode: number;
  /** The deciding outcome: the test's when values were given, else WSGetConfigData's. */
  outcome: OutcomeKind | 'bad-input';
  calls: CallSummary[];
  fields: ReportField[];
  warnings: string[];
  problems: Array<{ FieldKey: string; code: string; message: string }>;
  /** ConnectionInfo as encoded for WSTestConfigData (passwords hidden), or null if no test. */
  sent: Record<string, string> | null;
  /** The contract the calls used, and where each part came from. */
  contract?: {
    namespace: string;
    namespaceSource: ContractSource;
    memberNamespace: string;
    memberSource: ContractSource;
    wsdlUrl?: string;
    /** Why no WSDL is in use, when discovery found none. */
    discovery?: string;
  };
}

const T = {
  en: { contract: 'Contract', members: 'request members', noWsdl: 'no WSDL', fields: 'Configuration fields', none: '(the connector declares no fields)', def: 'default', max: 'max', unlimited: 'unlimited', items: 'items', noItems: 'list unavailable', sent: 'Sent to WSTestConfigData', problems: 'Values that do not fit', warnings: 'Warnings', passed: 'TEST PASSED', failed: 'TEST FAILED', user: 'Explanation', tech: 'Technical', code: 'ErrorCode', hint: 'What to do', notSent: 'Nothing was sent.' },
  no: { contract: 'Kontrakt', members: 'forespørselens felt', noWsdl: 'ingen WSDL', fields: 'Konfigurasjonsfelt', none: '(koblingen har ingen felt)', def: 'standard', max: 'maks', unlimited: 'ubegrenset', items: 'valg', noItems: 'listen er ikke tilgjengelig', sent: 'Sendt til WSTestConfigData', problems: 'Verdier som ikke passer', warnings: 'Advarsler', passed: 'TESTEN GIKK GJENNOM', failed: 'TESTEN FEILET', user: 'Forklaring', tech: 'Teknisk', code: 'Feilkode', hint: 'Hva du kan gjøre', notSent: 'Ingenting ble sendt.' },
} as const;

export function renderReport(r: Report, lang: Lang): string {
  const t = T[lang];
  const lines: string[] = [`${r.url}`];
  if (r.contract) {
    const c = r.contract;
    lines.push(`  ${t.contract}: ${c.namespace} (${sourceLabel(c.namespaceSource, lang)}${c.wsdlUrl ? `: ${c.wsdlUrl}` : ''})`);
    lines.push(`  ${t.contract}, ${t.members}: ${c.memberNamespace} (${sourceLabel(c.memberSource, lang)})`);
    if (c.discovery) lines.push(`  ${t.noWsdl}: ${c.discovery}`);
  }
  for (const c of r.calls) lines.push(`  ${c.operation}${c.listName ? `(${c.listName})` : ''}: ${c.kind} in ${c.latencyMs} ms`);
  const first = r.calls[0];
  if (first && first.kind !== 'ok') return [...lines, ...outcomeLines(first, lang)].join('\n') + '\n';

  lines.push('', `${t.fields}:`);
  if (!r.fields.length) lines.push(`  ${t.none}`);
  for (const f of r.fields) {
    const access = f.Access === 'Normal' ? '' : ` ${f.Access}`;
    lines.push(`  ${f.FieldKey}  [${f.FieldType}${f.SentFieldType ? ` ← ${f.SentFieldType}` : ''}${access}]  "${f.label}"`);
    if (f.description) lines.push(`      ${f.description}`);
    const facts: string[] = [];
    if (f.DefaultValue !== '') facts.push(`${t.def} ${f.default ?? '?'}${f.default !== f.DefaultValue ? ` (${f.DefaultValue})` : ''}`);
    // The length limit matters where the consultant types free text.
    if (f.FieldType === 'Text' || f.FieldType === 'Password') facts.push(`${t.max} ${f.MaxLength === 0 ? t.unlimited : f.MaxLength}`);
    if (f.FieldType !== 'Label' && facts.length) lines.push(`      ${facts.join(', ')}`);
    if (f.items === null) lines.push(`      ${f.ListName}: ${t.noItems}`);
    else if (f.items) lines.push(`      ${t.items} (${f.ListName}): ${f.items.map((i) => `${i.key}=${resolveText(i.text, lang)}`).join(', ')}`);
  }
  if (r.warnings.length) lines.push('', `${t.warnings}:`, ...r.warnings.map((w) => `  ${w}`));
  if (r.problems.length) lines.push('', `${t.problems}:`, ...r.problems.map((p) => `  ${p.message}`));
  if (r.sent) lines.push('', `${t.sent}:`, ...Object.entries(r.sent).map(([k, v]) => `  ${k} = ${v}`));
  if (r.outcome === 'bad-input') lines.push('', t.notSent);
  const test = r.calls.find((c) => c.operation === 'WSTestConfigData');
  if (test) lines.push('', test.kind === 'ok' ? t.passed : t.failed, ...outcomeLines(test, lang));
  return lines.join('\n') + '\n';
}

function outcomeLines(c: CallSummary, lang: Lang): string[] {
  const t = T[lang];
  const out: string[] = [];
  const s = (k: string) => (typeof c[k] === 'string' && c[k] ? (c[k] as string) : null);
  const user = s('UserExplanation') ?? c.result?.UserExplanation ?? null;
  if (user) out.push(`  ${t.user}: ${resolveText(user, lang)}`);
  const tech = s('TechExplanation') ?? c.result?.TechExplanation ?? null;
  if (tech) out.push(`  ${t.tech}: ${tech}`);
  const code = s('ErrorCode');
  if (code) out.push(`  ${t.code}: ${code}`);
  for (const k of ['faultcode', 'faultstring', 'detail', 'reason', 'cause', 'origin', 'location', 'snippet']) if (s(k)) out.push(`  ${k}: ${s(k)}`);
  if (typeof c.status === 'number' && c.status) out.push(`  HTTP ${c.status}`);
  out.push(`  ${t.hint}: ${c.hint[lang]}`);
  return out;
}
