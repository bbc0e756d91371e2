// Just enough OData for archive lists (user-archive.ts renders the page): $filter (startswith/contains/substringof/endswith,
// `begins`/`contains`/`eq`, joined by `and`) and $orderBy. Case-insensitive, like the CRM.
import { badRequest } from './errors.ts';

type Row = Record<string, unknown>;
type Pred = (r: Row) => boolean;

function col(rows: Row[], name: string): string {
  const sample = rows[0] ?? {};
  const hit = Object.keys(sample).find((k) => k.toLowerCase() === name.trim().toLowerCase());
  if (!hit) throw badRequest(`Unknown column '${name.trim()}'`);
  return hit;
}

const unquote = (s: string) => s.trim().replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
const lc = (v: unknown) => String(v ?? '').toLowerCase();

function clause(rows: Row[], text: string): Pred {
  const fn = /^(startswith|contains|endswith)\(\s*([\w/]+)\s*,\s*('(?:[^']|'')*')\s*\)$/i.exec(text);
  if (fn) {
    const [, op = '', c = '', v = ''] = fn;
    const key = col(rows, c);
    const want = unquote(v).toLowerCase();
    const kind = op.toLowerCase();
    return (r) => (kind === 'startswith' ? lc(r[key]).startsWith(want) : kind === 'endswith' ? lc(r[key]).endsWith(want) : lc(r[key]).includes(want));
  }
  const sub = /^substringof\(\s*('(?:[^']|'')*')\s*,\s*([\w/]+)\s*\)$/i.exec(text);
  if (sub) {
    const key = col(rows, sub[2] ?? '');
    const want = unquote(sub[1] ?? '').toLowerCase();
    return (r) => lc(r[key]).includes(want);
  }
  const bin = /^([\w/]+)\s+(eq|ne|begins|contains)\s+(.+)$/i.exec(text);
  if (bin) {
    const key = col(rows, bin[1] ?? '');
    const op = (bin[2] ?? '').toLowerCase();
    const want = unquote(bin[3] ?? '').toLowerCase();
    if (op === 'begins') return (r) => lc(r[key]).startsWith(want);
    if (op === 'contains') return (r) => lc(r[key]).includes(want);
    return op === 'eq' ? (r) => lc(r[key]) === want : (r) => lc(r[key]) !== want;
  }
  throw badRequest(`Unsupported $filter expression '${text}'`);
}

/** $filter and $orderBy over raw rows (shared by every OData list of the stand-in). */
export function filterAndSort(rows: Row[], q: URLSearchParams): Row[] {
  const get = (name: string) => [...q].find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
  let out = [...rows];
  const filter = get('$filter');
  if (filter?.trim()) {
    const preds = filter.split(/\s+and\s+/i).map((t) => clause(rows, t.trim()));
    out = out.filter((r) => preds.every((p) => p(r)));
  }
  const order = get('$orderBy');
  if (order?.trim()) {
    const keys = order.split(',').map((part) => {
      const [name = '', dir = 'asc'] = part.trim().split(/\s+/);
      return { key: col(rows, name), desc: dir.toLowerCase() === 'desc' };
    });
    out.sort((a, b) => {
      for (const { key, desc } of keys) {
        const c = String(a[key]).localeCompare(String(b[key]), 'nb', { numeric: true });
        if (c) return desc ? -c : c;
      }
      return 0;
    });
  }
  return out;
}
