// erp-connector-check, as a function: argv in, lines out, exit code back. The same library calls
// the extension's background worker makes.
import {
  createFieldLoad, decodeDefault, fieldDescription, fieldLabel, formatPlain, loadConfigData, loadList, prepareConnectionInfo, testConfigData,
  type ClientOptions, type ConfigField, type DecodedFields, type ListItem, type Outcome, type ValueProblem,
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
  const opts: ClientOptions = { timeoutMs: args.timeoutMs, signal, protocol: args.namespace ? { namespace: args.namespace } : undefined };
  // The fields and their lists share one time and byte budget (a connector naming 500 lists included).
  const load = createFieldLoad(args.timeoutMs);
  const config = await loadConfigData(load, args.url, opts);
  const report: Report = { url: args.url, lang: args.lang, exitCode: exitCodeFor(config.kind), outcome: config.kind, calls: [summary(config)], fields: [], warnings: [], problems: [], sent: null };
  if (config.kind !== 'ok') return report;
  const decoded: DecodedFields = config.value;
  report.warnings = decoded.warnings.map((w) => `${w.FieldKey ?? '-'}: ${w.message}`);

  const lists = new Map<string, ListItem[] | null>();
  for (const name of new Set(decoded.fields.flatMap((f) => (f.FieldType === 'List' && f.ListName ? [f.ListName] : [])))) {
    const got = await loadList(load, args.url, name, opts);
    report.calls.push({ ...summary(got), listName: name });
    lists.set(name, got.kind === 'ok' ? got.value.items : null);
    if (got.kind !== 'ok') report.warnings.push(`List ${name}: ${got.kind} (${got.hint[args.lang]})`);
    else if (got.value.sent > got.value.items.length) report.warnings.push(`List ${name}: the connector sent ${got.value.sent} items; only the first ${got.value.items.length} are used`);
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
  const tested = await testConfigData(args.url, prepared.connectionInfo, opts);
  report.calls.push(summary(tested));
  report.outcome = tested.kind;
  report.exitCode = exitCodeFor(tested.kind);
  return report;
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
