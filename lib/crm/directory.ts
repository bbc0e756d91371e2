// Users and user groups for the visibility picker, from the CRM's ordinary REST API.
// Visibility stores ASSOCIATE ids: the AllUsers archive's `associateDbId`, never `personId`.
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

export interface CrmUserGroup {
  id: number;
  name: string;
  tooltip: string;
  rank: number;
}

export interface UserQuery {
  /** Part of the full name (case-insensitive, as the CRM's `contains`). */
  search?: string;
  /** Default 500. */
  top?: number;
}

export const USER_COLUMNS = ['associateDbId', 'fullName', 'name', 'title', 'userGroup', 'isActive', 'personId'] as const;

const cell = z.optional(z.nullable(z.union([z.string(), z.number(), z.boolean()])));
const UserRowsSchema = z.object({ value: z.array(z.record(z.string(), cell)) });
const GroupsSchema = z.array(
  z.object({ Id: z.number().check(z.int()), Value: z.optional(z.nullable(z.string())), Tooltip: z.optional(z.nullable(z.string())), Rank: z.optional(z.nullable(z.number())), Deleted: z.optional(z.nullable(z.boolean())) }),
);

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const toInt = (v: unknown): number | null => {
  const n = typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : null;
};
const truthy = (v: unknown) => v === undefined || v === null || v === true || v === 1 || /^(1|true)$/i.test(String(v));

/** OData string literal: quotes doubled. */
export const odataString = (s: string) => `'${s.replace(/'/g, "''")}'`;

export async function listUsers(t: Transport, q: UserQuery = {}): Promise<CrmResult<CrmUser[]>> {
  const search = q.search?.trim();
  const r = await request(t, {
    method: 'GET',
    path: 'User',
    query: { $select: USER_COLUMNS.join(','), $filter: search ? `fullName contains ${odataString(search)}` : undefined, $orderBy: 'fullName', $top: q.top ?? 500 },
  }, UserRowsSchema);
  if (!r.ok) return r;
  const users: CrmUser[] = [];
  for (const row of r.value.value) {
    // The row's PrimaryKey is the associate id only when the row is an associate.
    const associateId = toInt(row.associateDbId) ?? (row.EntityName === 'associate' ? toInt(row.PrimaryKey) : null);
    if (associateId === null) {
      const detail = 'A user row without an associate id (associateDbId)';
      return fail({ kind: 'bad-response', status: 200, detail, endpoint: 'User', message: errorMessage('bad-response', 200, detail) });
    }
    const login = text(row.name);
    users.push({ associateId, name: text(row.fullName).trim() || login, login, title: text(row.title), groupName: text(row.userGroup), active: truthy(row.isActive), personId: toInt(row.personId) });
  }
  return ok(users);
}

export async function listUserGroups(t: Transport): Promise<CrmResult<CrmUserGroup[]>> {
  const r = await request(t, { method: 'GET', path: 'List/UserGroup/Items' }, GroupsSchema);
  if (!r.ok) return r;
  // Deleted groups can no longer be chosen.
  const live = r.value.filter((g) => g.Deleted !== true).map((g) => ({ id: g.Id, name: g.Value ?? '', tooltip: g.Tooltip ?? '', rank: g.Rank ?? 0 }));
  return ok(live.sort((a, b) => a.rank - b.rank));
}
