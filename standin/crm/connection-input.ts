// Validate the `Connection` of a SaveConnection body into a clean ErpConnection. Lengths are the
// database's (docs/en/database/tables/erpconnection.md: DisplayName, DisplayDescription String(254);
// ConnectionId 127; erpconnectionaccess/config values 1023).
import { badRequest, field } from './errors.ts';
import type { ErpConnection } from './model.ts';

const str = (v: unknown, name: string, max: number): string => {
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string') throw badRequest(`${name} must be a string`);
  if (v.length > max) throw badRequest(`${name} is longer than ${max} characters`);
  return v;
};

const int = (v: unknown, name: string): number => {
  if (v === undefined || v === null) return 0;
  if (typeof v !== 'number' || !Number.isInteger(v)) throw badRequest(`${name} must be an integer`);
  return v;
};

const ids = (v: unknown, name: string): number[] => {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || !v.every((x) => Number.isInteger(x))) throw badRequest(`${name} must be an array of integers`);
  return [...new Set(v as number[])];
};

export function readConnection(raw: unknown): ErpConnection {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw badRequest('Connection is required');
  const name = str(field(raw, 'DisplayName'), 'DisplayName', 254).trim();
  if (!name) throw badRequest('DisplayName is required');
  const cfgRaw = field(raw, 'ConfigFields') ?? {};
  if (typeof cfgRaw !== 'object' || cfgRaw === null || Array.isArray(cfgRaw)) throw badRequest('ConfigFields must be an object');
  const ConfigFields: Record<string, string> = {};
  for (const [k, v] of Object.entries(cfgRaw)) ConfigFields[k] = str(v === null ? '' : String(v), `ConfigFields value for '${k}'`, 1023);
  const allAccess = field(raw, 'AllAccess');
  return {
    ErpConnectionId: int(field(raw, 'ErpConnectionId'), 'ErpConnectionId'),
    ErpConnectorId: int(field(raw, 'ErpConnectorId'), 'ErpConnectorId'),
    DisplayName: name,
    DisplayDescription: str(field(raw, 'DisplayDescription'), 'DisplayDescription', 254),
    Active: field(raw, 'Active') === true,
    ConnectionId: str(field(raw, 'ConnectionId'), 'ConnectionId', 127).trim(),
    MostRecentTimestamp: str(field(raw, 'MostRecentTimestamp'), 'MostRecentTimestamp', 254),
    ConfigFields,
    Deleted: field(raw, 'Deleted') === true,
    AllAccess: allAccess === undefined ? true : allAccess === true,
    UserGroupAccessIds: ids(field(raw, 'UserGroupAccessIds'), 'UserGroupAccessIds'),
    AssociateAccessIds: ids(field(raw, 'AssociateAccessIds'), 'AssociateAccessIds'),
  };
}
