// erp-connector-check, as a function: argv in, lines out, exit code back. The same library calls
// the extension's background worker makes.
import {
  decodeDefault, fieldDescription, fieldLabel, fieldsWithContract, formatPlain, prepareConnectionInfo, testWithContract,
  type ConfigField, type ContractCallOptions, type ContractStore, type ConnectorContract, type DecodedFields, type ListItem, type Outcome, type ValueProblem,
} from '../lib/protocol';
import { parseArgs, USAGE, type CheckArgs } from './args';
import { EXIT, exitCodeFor } from './exit-codes';
import { renderReport, type Report, type ReportField } from './render';

const ADVISORY = new Set<ValueProblem['code']>(['missing-mandatory', 'read-only']);

export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  signal?: AbortSignal;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, io.env);
  if (!parsed.ok) {
    io.err(`${parsed.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (parsed.args.help) {
    io.out(USAGE);
    return EXIT.ok;
  }
  const report = await check(parsed.args, io.signal);
  io.out(parsed.args.json ? JSON.stringify(report, null, 2) : renderReport(report, parsed.args.lang));
  return report.exitCode;
}

export async function check(args: CheckArgs, signal?: AbortSignal): Promise<Report> {
  // One run is one session: the contract found for the fields is the one the test uses.
  const memory = new Map<string, ConnectorContract>();
  const store: ContractStore = { get: (k) => memory.get(k), set: (k, c) => void memory.set(k, c), drop: (k) => void memory.delete(k) };
  const override = args.namespace || args.memberNamespace ? { namespace: args.namespace, memberNamespace: args.memberNamespace } : undefined;
  const opts: ContractCallOptions = { timeoutMs: args.timeoutMs, signal, override, store };
  // The fields and their lists share one time and byte budget (a connector naming 500 lists included).
  const found = await fieldsWithContract(args.url, opts);
  const config = found.fields;
  const report: Report = {
    url: args.url, lang: args.lang, exitCode: exitCodeFor(config.kind), outcome: config.kind, calls: [summary(config)], fields: [], warnings: [], problems: [], sent: null,
    contract: contractSummary(found.contract),
  };
  if (config.kind !== 'ok') return report;
  const decoded: DecodedFields = config.value;
  report.warnings = decoded.warnings.map((w) => `${w.FieldKey ?? '-'}: ${w.message}`);

  const lists = new Map<string, ListItem[] | null>();
  for (const name of new Set(decoded.fields.flatMap((f) => (f.FieldType === 'List' && f.ListName ? [f.ListName] : [])))) {
    const got = found.lists[name];
    if (!got) continue;
    report.calls.push({ ...summary(got), listName: name });
    lists.set(name, got.kind === 'ok' ? got.value : null);
    if (got.kind !== 'ok') report.warnings.push(`List ${name}: ${got.kind} (${got.hint[args.lang]})`);
    else if (found.listsSent[name] !== undefined) report.warnings.push(`List ${name}: the connector sent ${found.listsSent[name]} items; only the first ${got.value.length} are used`);
  }
  report.fields = decoded.fields.map((f) => describeField(f, args.lang, f.ListName ? lists.get(f.ListName) : undefined));
  if (Object.keys(args.fields).length === 0) return report;

  const listKeys = Object.fromEntries([...lists].flatMap(([n, items]) => (items ? [[n, items.map((i) => i.key)]] : [])));
  const prepared = prepareConnectionInfo(decoded.fields, args.fields, { listKeys });
  report.problems = prepared.problems.map((p: ValueProblem) => ({ FieldKey: p.FieldKey, code: p.code, message: p.message }));
  // A missing mandatory field is the connector's to judge (its answer says more); a value we
  // know is wrong is not sent at all.
  if (prepared.problems.some((p) => !ADVISORY.has(p.code))) {
    report.exitCode = EXIT.usage;
    report.outcome = 'bad-input';
    return report;
  }
  report.sent = mask(prepared.connectionInfo, decoded.fields);
  const { outcome: tested, contract } = await testWithContract(args.url, prepared.connectionInfo, opts);
  report.contract = contractSummary(contract);
  report.calls.push(summary(tested));
  report.outcome = tested.kind;
  report.exitCode = exitCodeFor(tested.kind);
  return report;
}

function contractSummary(c: ConnectorContract): Report['contract'] {
  return {
    namespace: c.namespace, namespaceSource: c.namespaceSource, memberNamespace: c.memberNamespace, memberSource: c.memberSource,
    ...(c.wsdlUrl ? { wsdlUrl: c.wsdlUrl } : {}),
    ...(c.discovery ? { discovery: `${c.discovery.kind} (${c.discovery.reason}): ${c.discovery.detail}` } : {}),
  };
}

function describeField(f: ConfigField, lang: string, items: ListItem[] | null | undefined): ReportField {
  const def = decodeDefault(f);
  return {
    FieldKey: f.FieldKey, FieldType: f.FieldType, Access: f.Access, Rank: f.Rank,
    label: fieldLabel(f, lang), description: fieldDescription(f, lang),
    DefaultValue: f.DefaultValue, default: def && f.DefaultValue !== '' ? formatPlain(def) : null,
    MaxLength: f.MaxLength, ListName: f.ListName,
    items: items === undefined ? undefined : items,
    ...(f.SentFieldType !== undefined ? { SentFieldType: f.SentFieldType } : {}),
  };
}

/** Never echo a password: its length is enough to check what was sent. */
function mask(info: Record<string, string>, fields: readonly ConfigField[]): Record<string, string> {
  const secret = new Set(fields.filter((f) => f.FieldType === 'Password').map((f) => f.FieldKey));
  return Object.fromEntries(Object.entries(info).map(([k, v]) => [k, secret.has(k) ? `<${v.length} characters hidden>` : v]));
}

function summary(o: Outcome<unknown>): Report['calls'][number] {
  const { value: _value, result: _result, operation, latencyMs, hint, ...rest } = o as Outcome<unknown> & { value?: unknown; result?: unknown };
  const result = o.kind === 'ok' ? o.result : undefined;
  return { operation, latencyMs, hint, ...rest, ...(result ? { result } : {}) };
}
