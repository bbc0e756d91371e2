// GET User: the "AllUsers" archive as an OData list (docs/en/api/reference/restful/rest/User/v1User_GetAll.md).
// * Columns and their types are the archive page's (docs/en/api/archive-providers/reference/allusers.md);
//   an unknown column (e.g. `name`, `userGroup`) is refused.
// * `$mode`: "FULL (with raw values and hints for each value) or SLIM (just the display values)";
//   `$output`: "Return Logical or Display values in SLIM mode. Logical returns true/false for
//   booleans, Display returns icon hints" (same page, and docs/en/api/search/odata/index.md).
//   Slim + Display is the default: a bool arrives as an icon hint, an associate column as the
//   user's name. Full gives each cell as {DisplayValue, RawValue, TooltipHint, LinkHint}. The docs
//   do not spell the Full shape or the RawValue format out: the stand-in plays plain JSON raw values.
// * Paging: the response is an ODataSlimResponse with `odata.nextLink`. The docs give no page size;
//   the stand-in answers at most PAGE_MAX rows and links to the rest, so a client must follow it.
import { ASSOC_TYPES, type UserRow } from './directory.ts';
import { malformed } from './errors.ts';
import { filterAndSort } from './odata.ts';

export const PAGE_MAX = 500;

type Kind = 'int' | 'string' | 'bool' | 'associate' | 'userGroup' | 'listAny';
const COLUMNS: Record<string, { kind: Kind; from: (u: UserRow) => unknown }> = {
  associateDbId: { kind: 'associate', from: (u) => u.associateDbId },
  assocName: { kind: 'associate', from: (u) => u.assocName },
  userName: { kind: 'string', from: (u) => u.userName },
  personId: { kind: 'int', from: (u) => u.personId },
  ejUserId: { kind: 'int', from: (u) => u.ejUserId },
  firstName: { kind: 'string', from: (u) => u.firstName },
  lastName: { kind: 'string', from: (u) => u.lastName },
  fullName: { kind: 'string', from: (u) => u.fullName },
  title: { kind: 'string', from: (u) => u.title },
  contactName: { kind: 'string', from: (u) => u.contactName },
  usergroup: { kind: 'userGroup', from: (u) => u.usergroupId },
  usergroupId: { kind: 'int', from: (u) => u.usergroupId },
  assocType: { kind: 'listAny', from: (u) => u.assocType },
  isActive: { kind: 'bool', from: (u) => u.isActive },
};

function display(kind: Kind, raw: unknown, u: UserRow, logical: boolean): unknown {
  if (kind === 'bool') return logical ? raw : raw ? '[I:checked]' : '[I:unchecked]';
  if (kind === 'associate') return u.assocName;
  if (kind === 'userGroup') return u.usergroup;
  if (kind === 'listAny') return ASSOC_TYPES[u.assocType];
  return raw;
}

function columnName(name: string): string {
  const hit = Object.keys(COLUMNS).find((k) => k.toLowerCase() === name.trim().toLowerCase());
  if (!hit) throw malformed(`Unknown column '${name.trim()}' in the AllUsers archive`);
  return hit;
}

export function userArchive(users: UserRow[], q: URLSearchParams, base: string): { 'odata.metadata': string; 'odata.nextLink': string | null; value: Array<Record<string, unknown>> } {
  const get = (name: string) => [...q].find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
  const mode = (get('$mode') ?? 'Slim').toLowerCase();
  const output = (get('$output') ?? 'Display').toLowerCase();
  if (!['slim', 'full', 'wide'].includes(mode) || !['display', 'logical'].includes(output)) throw malformed('$mode must be Slim, Wide or Full; $output Logical or Display');
  const select = get('$select')?.trim() ? (get('$select') ?? '').split(',').map(columnName) : ['fullName', 'userName'];
  // Filters and sorting work on raw values, whatever the output mode.
  const rawRows = users.map((u) => Object.fromEntries([...Object.entries(COLUMNS).map(([k, c]) => [k, c.from(u)]), ['__row', u]]));
  const sorted = filterAndSort(rawRows, q);
  const skip = Number(get('$skip') ?? 0);
  const top = get('$top') === undefined ? undefined : Number(get('$top'));
  if (!Number.isInteger(skip) || skip < 0 || (top !== undefined && (!Number.isInteger(top) || top < 0))) throw malformed('$top and $skip must be non-negative integers');
  const wanted = top === undefined ? sorted.length - skip : Math.min(top, sorted.length - skip);
  const size = Math.max(0, Math.min(wanted, PAGE_MAX));
  const page = sorted.slice(skip, skip + size);
  const value = page.map((r) => {
    const u = r.__row as UserRow;
    const out: Record<string, unknown> = { PrimaryKey: u.PrimaryKey, EntityName: u.EntityName };
    for (const c of select) {
      const col = COLUMNS[c];
      if (!col) continue;
      const raw = col.from(u);
      out[c] = mode === 'full'
        ? { DisplayValue: String(display(col.kind, raw, u, false)), RawValue: raw, TooltipHint: '', LinkHint: '' }
        : display(col.kind, raw, u, output === 'logical');
    }
    return out;
  });
  let next: string | null = null;
  if (size < wanted) {
    const nq = new URLSearchParams([...q].filter(([k]) => !/^\$(skip|top)$/i.test(k)));
    nq.set('$skip', String(skip + size));
    if (top !== undefined) nq.set('$top', String(top - size));
    next = `${base}/api/v1/User?${nq.toString()}`;
  }
  return { 'odata.metadata': `${base}/api/v1/archive$metadata`, 'odata.nextLink': next, value };
}
