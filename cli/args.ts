// Command-line arguments of erp-connector-check, parsed without dependencies.
import { checkNamespace } from '../lib/protocol/contract';

export type Lang = 'no' | 'en';

export interface CheckArgs {
  url: string;
  /** FieldKey → plain value as typed (encoded later per field type). */
  fields: Record<string, string>;
  lang: Lang;
  json: boolean;
  timeoutMs: number | undefined;
  namespace: string | undefined;
  /** The data contract's namespace (the request's members), when not the service's. */
  memberNamespace: string | undefined;
  help: boolean;
}

export type ParsedArgs = { ok: true; args: CheckArgs } | { ok: false; message: string };

/** Default language from the environment: Norwegian locales → no, anything else → en. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const l = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase();
  return /^(nb|nn|no)([_.-]|$)/.test(l) ? 'no' : 'en';
}

export function parseArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): ParsedArgs {
  const a: CheckArgs = { url: '', fields: {}, lang: langFromEnv(env), json: false, timeoutMs: undefined, namespace: undefined, memberNamespace: undefined, help: false };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string | null => (eq > 0 ? arg.slice(eq + 1) : (argv[++i] ?? null));
    switch (name) {
      case '-h':
      case '--help':
        a.help = true;
        break;
      case '--json':
        a.json = true;
        break;
      case '--field':
      case '-f': {
        const v = value();
        const at = v?.indexOf('=') ?? -1;
        if (v === null || at <= 0) return { ok: false, message: '--field needs KEY=VALUE (e.g. --field username=demo)' };
        const key = v.slice(0, at);
        if (Object.hasOwn(a.fields, key)) return { ok: false, message: `--field ${key} is given twice` };
        a.fields[key] = v.slice(at + 1);
        break;
      }
      case '--lang': {
        const v = (value() ?? '').toLowerCase();
        if (['no', 'nb', 'nn'].includes(v)) a.lang = 'no';
        else if (v === 'en') a.lang = 'en';
        else return { ok: false, message: '--lang must be no or en' };
        break;
      }
      case '--timeout': {
        const v = value();
        const s = Number(v);
        if (v === null || v.trim() === '' || !Number.isFinite(s) || s <= 0 || s > 25) return { ok: false, message: '--timeout must be seconds, more than 0 and at most 25' };
        a.timeoutMs = Math.round(s * 1000);
        break;
      }
      case '--namespace':
      case '--member-namespace': {
        const v = value();
        const checked = checkNamespace(v ?? '');
        if (!checked.ok) return { ok: false, message: `${name} needs a namespace URI: ${checked.message.en}` };
        if (name === '--namespace') a.namespace = checked.value;
        else a.memberNamespace = checked.value;
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') return { ok: false, message: `Unknown option ${arg}` };
        positional.push(arg);
    }
  }
  if (a.help) return { ok: true, args: a };
  if (positional.length !== 1) return { ok: false, message: positional.length ? 'Give exactly one connector URL' : 'Missing the connector URL' };
  a.url = positional[0] ?? '';
  return { ok: true, args: a };
}

export const USAGE = `Usage: erp-connector-check <url> [--field KEY=VALUE ...] [--lang no|en] [--json] [--timeout S]
                           [--namespace NS] [--member-namespace NS]

Lists a SuperOffice ERP Sync Connector's configuration fields (WSGetConfigData, and WSGetList for
list fields). With --field values, also runs WSTestConfigData: values are typed plainly and encoded
per field type (Integer 42, Double 12.5, Datetime 2013-12-31 23:59:59, Checkbox 1/0 or true/false,
List = the item key). Fields not given send their default.

Options:
  -f, --field KEY=VALUE  a configuration value (repeatable)
  --lang no|en           language of labels and hints (default from LANG)
  --json                 machine-readable output on stdout
  --timeout S            seconds per call, at most 25 (default 15)
  --namespace NS         the connector's service contract namespace. Without it the
                         contract is read from the connector's WSDL (?singleWsdl, ?wsdl);
                         without a WSDL the default http://www.superoffice.net/EIS/Connector/1.0
                         is used and the request members' namespace learned from the answer
  --member-namespace NS  the data contract namespace of the request's members, if it is
                         neither in a WSDL nor the one the connector answers in
  -h, --help             this text

Exit codes:
  0  the connector answered and accepted (configuration fields listed / test passed)
  1  the connector refused: IsOk=false (e.g. wrong credentials); see its explanation
  2  usage error, a bad URL, or --field values that do not fit the fields
  3  not reachable: name not found, connection refused, TLS/certificate, timeout
  4  something answered, but not as a connector: HTTP error, redirect, HTML/login
     page, Windows authentication, SOAP fault, contract mismatch (the connector
     speaks another contract: give --namespace), malformed or oversized answer
`;
