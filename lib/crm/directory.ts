// Users and user groups for the visibility picker, from the CRM's ordinary REST API.
// GET User is the "AllUsers" archive (docs/en/api/reference/restful/rest/User/v1User_GetAll.md;
// columns: docs/en/api/archive-providers/reference/allusers.md). What that means here:
// * Column names are the archive's: the login is `userName` (there is no `name`), the group `usergroup`.
// * Slim mode gives display values (a bool as an icon hint, an associate as a name), so the list is
//   asked for in `$mode=Full`, "with raw values", and each cell's RawValue is read. The docs do not
//   spell out the Full cell or the RawValue format: a cell may be a plain value or an object with
//   RawValue/DisplayValue, and a raw value a JSON number/boolean or CultureDataFormatter text
//   (`[I:11]`, `1`, `True`); all are accepted.
// * The answer is paged (`odata.nextLink`): every page is read, up to MAX_USERS; past that the list
//   says it is incomplete and the picker searches on the server (`fullName contains …`).
// * "All kinds of users, unfiltered": system users, anonymous and external accounts, resources and
//   retired users are rows too. Only active internal users are offered, as the native picker does
//   (assocType 1 = InternalAssociate, docs/en/api/reference/restful/rest/User/v1User_GetCurrentUser.md).
// Visibility stores ASSOCIATE ids: `associateDbId`, never `personId`.
import * as z from 'zod/mini';
import { request, type Transport } from './http';
import { fail, ok, type CrmResult } from './result';
import { errorMessage } from './messages';

export interface CrmUser {
  associateId: number;
  /** Full name when the CRM gives one, else the login name. */
  name: string;
  login: string;
  title: string;
  groupName: string;
  active: boolean;
  personId: number | null;
}

export interface UserList {
  users: CrmUser[];
  /** False when the tenant has more users than one list may hold: search instead. */
  complete: boolean;
}

export interface CrmUserGroup {
  id: number;
  name: string;
  tooltip: string;
  rank: number;
}

export interface UserQuery {
  /** Part of the full name (case-insensitive, as the CRM's `contains`). */
  search?: string;
}

export const USER_COLUMNS = ['associateDbId', 'fullName', 'userName', 'title', 'usergroup', 'isActive', 'assocType', 'personId'] as const;
/** More than this and the picker searches on the server instead of listing everyone. */
export const MAX_USERS = 5000;
const MAX_PAGES = 50;

const scalar = z.optional(z.nullable(z.union([z.string(), z.number(), z.boolean()])));
const cell = z.union([scalar, z.object({ RawValue: scalar, DisplayValue: scalar })]);
const UserRowsSchema = z.object({ value: z.array(z.record(z.string(), cell)), 'odata.nextLink': z.optional(z.nullable(z.string())) });
const GroupsSchema = z.array(
  z.object({ Id: z.number().check(z.int()), Value: z.optional(z.nullable(z.string())), Tooltip: z.optional(z.nullable(z.string())), Rank: z.optional(z.nullable(z.number())), Deleted: z.optional(z.nullable(z.boolean())) }),
);
type Cell = z.infer<typeof cell>;
type UserRows = z.infer<typeof UserRowsSchema>;

const raw = (c: Cell): unknown => (c !== null && typeof c === 'object' ? (c.RawValue ?? c.DisplayValue) : c);
const shown = (c: Cell): unknown => (c !== null && typeof c === 'object' ? (c.DisplayValue ?? c.RawValue) : c);
const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
/** `11`, `"11"`, `"[I:11]"` → 11. */
export const toInt = (v: unknown): number | null => {
  const m = typeof v === 'string' ? /^\s*(?:\[I:)?(\d+)\]?\s*$/.exec(v) : null;
  const n = m ? Number(m[1]) : v;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : null;
};
/** true/false, 1/0, "True", "[I:1]"; null when the value is a display hint that says nothing sure. */
export const toBool = (v: unknown): boolean | null => {
  if (typeof v === 'boolean') return v;
  if (v === 1 || v === 0) return v === 1;
  const s = typeof v === 'string' ? v.trim().replace(/^\[I:(.*)\]$/, '$1').toLowerCase() : '';
  if (/^(1|true|yes)$/.test(s)) return true;
  if (/^(0|false|no)$/.test(s)) return false;
  return null;
};
/** assocType: 1 (InternalAssociate) or its names; a missing column means an older archive of users only. */
const isInternal = (v: unknown) => v === undefined || v === null || v === '' || toInt(v) === 1 || /^(internal ?associate|associate|employee|user)$/i.test(String(v).trim());

/** OData string literal: quotes doubled. */
export const odataString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** A next link must stay on this CRM's User list: never follow an answer to another address. */
function nextPath(t: Transport, link: string): string | null {
  let u: URL;
  try {
    u = new URL(link, t.apiBase);
  } catch {
    return null;
  }
  const base = new URL(t.apiBase);
  const rest = u.pathname.toLowerCase().startsWith(base.pathname.toLowerCase()) ? u.pathname.slice(base.pathname.length) : null;
  if (u.origin !== base.origin || rest === null || !/^user\/?$/i.test(rest)) return null;
  return `${u.pathname.slice(base.pathname.length)}${u.search}`;
}

function readRow(row: Record<string, Cell>): CrmUser | null {
  // The row's PrimaryKey is the associate id only when the row is an associate.
  const associateId = toInt(raw(row.associateDbId)) ?? (raw(row.EntityName) === 'associate' ? toInt(raw(row.PrimaryKey)) : null);
  if (associateId === null) return null;
  const login = text(raw(row.userName));
  return {
    associateId,
    name: text(shown(row.fullName)).trim() || login,
    login,
    title: text(shown(row.title)),
    groupName: text(shown(row.usergroup)),
    // A display hint that reads as neither is not taken for "inactive": the CRM's own list decides.
    active: toBool(raw(row.isActive)) ?? true,
    personId: toInt(raw(row.personId)),
  };
}

export async function listUsers(t: Transport, q: UserQuery = {}): Promise<CrmResult<UserList>> {
  const search = q.search?.trim();
  const query = { $select: USER_COLUMNS.join(','), $mode: 'Full', $filter: search ? `fullName contains ${odataString(search)}` : undefined, $orderBy: 'fullName' };
  const users: CrmUser[] = [];
  let path: string | null = 'User';
  let first = true;
  for (let pages = 0; path && pages < MAX_PAGES && users.length < MAX_USERS; pages++) {
    const r: CrmResult<UserRows> = await request(t, { method: 'GET', path, query: first ? query : undefined }, UserRowsSchema);
    if (!r.ok) return r;
    first = false;
    for (const row of r.value.value) {
      if (!isInternal(raw(row.assocType))) continue;
      const user = readRow(row);
      if (!user) {
        const detail = 'A user row without an associate id (associateDbId)';
        return fail({ kind: 'bad-response', status: 200, detail, endpoint: 'User', message: errorMessage('bad-response', 200, detail) });
      }
      if (user.active) users.push(user);
    }
    const link: string | null | undefined = r.value['odata.nextLink'];
    path = link ? nextPath(t, link) : null;
    if (link && path === null) {
      const detail = `A next-page link outside this CRM's user list: ${link.slice(0, 120)}`;
      return fail({ kind: 'bad-response', status: 200, detail, endpoint: 'User', message: errorMessage('bad-response', 200, detail) });
    }
  }
  return ok({ users: users.slice(0, MAX_USERS), complete: path === null && users.length <= MAX_USERS });
}

export async function listUserGroups(t: Transport): Promise<CrmResult<CrmUserGroup[]>> {
  const r = await request(t, { method: 'GET', path: 'List/UserGroup/Items' }, GroupsSchema);
  if (!r.ok) return r;
  // Deleted groups can no longer be chosen.
  const live = r.value.filter((g) => g.Deleted !== true).map((g) => ({ id: g.Id, name: g.Value ?? '', tooltip: g.Tooltip ?? '', rank: g.Rank ?? 0 }));
  return ok(live.sort((a, b) => a.rank - b.rank));
}
